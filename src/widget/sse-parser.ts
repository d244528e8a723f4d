/** Incremental parser for the text/event-stream wire format, fed with decoded text chunks. */

export interface SseMessage {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds one chunk; returns the events it completed. Chunks may split lines or CRLF pairs. */
  push(chunk: string): SseMessage[];
  /** Flushes a final event the server did not terminate with a blank line. */
  end(): SseMessage[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  let started = false;

  function dispatch(output: SseMessage[]): void {
    if (dataLines.length > 0) output.push({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
  }

  function processLine(line: string, output: SseMessage[]): void {
    if (line === '') return dispatch(output);
    // Lines starting with a colon are comments, used by the server as `: ping` heartbeats.
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
  }

  return {
    push(chunk) {
      const output: SseMessage[] = [];
      buffer += chunk;
      if (!started && buffer.length > 0) {
        started = true;
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      }
      let lineStart = 0;
      for (let index = 0; index < buffer.length; index++) {
        const character = buffer[index];
        if (character !== '\r' && character !== '\n') continue;
        // A CR at the very end may be the first half of a CRLF split across chunks: wait.
        if (character === '\r' && index === buffer.length - 1) break;
        processLine(buffer.slice(lineStart, index), output);
        if (character === '\r' && buffer[index + 1] === '\n') index++;
        lineStart = index + 1;
      }
      buffer = buffer.slice(lineStart);
      return output;
    },
    end() {
      const output: SseMessage[] = [];
      const rest = buffer.replace(/\r$/, '');
      buffer = '';
      if (rest !== '') processLine(rest, output);
      dispatch(output);
      return output;
    },
  };
}
