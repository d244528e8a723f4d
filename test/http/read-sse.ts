/** Reads a text/event-stream body into events and comment lines, for SSE route tests. */

export interface SseMessage {
  event?: string;
  data: string;
}

export interface SseTranscript {
  messages: SseMessage[];
  comments: string[];
}

/** Splits raw SSE text into messages (event + data lines) and `:` comment lines (heartbeats). */
export function parseSse(text: string): SseTranscript {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (event !== undefined || data.length) messages.push({ event, data: data.join('\n') });
  }
  return { messages, comments };
}

export async function readSse(response: Response): Promise<SseTranscript> {
  return parseSse(await response.text());
}
