import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from '../../src/widget/sse-parser';

function parseAll(chunks: string[]): SseMessage[] {
  const parser = createSseParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

const stream =
  'event: answer-start\ndata: {"type":"answer-start","sessionId":"s1","messageId":"m1"}\n\n' +
  ': ping\n\n' +
  'event: text-delta\ndata: {"type":"text-delta","delta":"Xin chào [1]"}\n\n' +
  'event: answer-end\ndata: {"type":"answer-end","refused":false,"answer":"Xin chào [1]"}\n\n';

const expected: SseMessage[] = [
  { event: 'answer-start', data: '{"type":"answer-start","sessionId":"s1","messageId":"m1"}' },
  { event: 'text-delta', data: '{"type":"text-delta","delta":"Xin chào [1]"}' },
  { event: 'answer-end', data: '{"type":"answer-end","refused":false,"answer":"Xin chào [1]"}' },
];

describe('createSseParser', () => {
  it('parses whole events and ignores `: ping` heartbeats', () => {
    expect(parseAll([stream])).toEqual(expected);
  });

  it('gives the same events however the stream is split, even mid-line', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parseAll([stream.slice(0, cut), stream.slice(cut)])).toEqual(expected);
    }
    expect(parseAll([...stream])).toEqual(expected);
  });

  it('accepts CRLF and lone CR line endings, including a CRLF split across chunks', () => {
    const crlf = stream.replace(/\n/g, '\r\n');
    expect(parseAll([crlf])).toEqual(expected);
    expect(parseAll([...crlf])).toEqual(expected);
    expect(parseAll([stream.replace(/\n/g, '\r')])).toEqual(expected);
    const parser = createSseParser();
    expect(parser.push('data: a\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'message', data: 'a' }]);
  });

  it('joins multi-line data and flushes an unterminated final event', () => {
    expect(parseAll(['data: one\ndata: two\n\n', 'event: x\ndata:three'])).toEqual([
      { event: 'message', data: 'one\ntwo' },
      { event: 'x', data: 'three' },
    ]);
  });

  it('strips a leading BOM and ignores unknown fields and comment-only streams', () => {
    expect(parseAll(['\uFEFFid: 7\nretry: 10\ndata: a\n\n'])).toEqual([{ event: 'message', data: 'a' }]);
    expect(parseAll([': ping\n\n: ping\n\n'])).toEqual([]);
  });
});
