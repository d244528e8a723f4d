import { describe, expect, it } from 'vitest';
import { chatEventSchema } from '../../src/protocol/chat-events';
import { parseChatEvent } from '../../src/widget/chat-event-guard';

const citation = { n: 1, text: 'Hồ sơ gồm…', source: { docId: 'd1', title: 'Quyết định 1', section: 'Điều 2', url: 'https://example.vn' } };
const valid = [
  { type: 'answer-start', sessionId: 's', messageId: 'm' },
  { type: 'text-delta', delta: 'Xin ' },
  { type: 'citation', citation },
  { type: 'procedure-card', procedure: { id: 'p', name: 'Đăng ký', fields: [{ label: 'Thời hạn', value: '5 ngày' }], code: '1.0' } },
  { type: 'answer-end', refused: false, answer: 'Xin chào' },
  { type: 'error', code: 'internal', message: 'Có lỗi' },
];
const invalid = [
  { type: 'text-delta' },
  { type: 'citation', citation: { ...citation, n: 0 } },
  { type: 'citation', citation: { ...citation, source: { title: 'x' } } },
  { type: 'procedure-card', procedure: { id: 'p', name: 'x', fields: [{ label: 1 }] } },
  { type: 'answer-end', refused: 'no', answer: '' },
  { type: 'unknown' },
  [],
  'text',
];

describe('parseChatEvent', () => {
  it('accepts exactly what the shared zod schema accepts', () => {
    for (const event of valid) {
      expect(chatEventSchema.safeParse(event).success).toBe(true);
      expect(parseChatEvent(JSON.stringify(event))).toEqual(event);
    }
    for (const event of invalid) {
      expect(chatEventSchema.safeParse(event).success).toBe(false);
      expect(parseChatEvent(JSON.stringify(event))).toBeUndefined();
    }
  });

  it('returns undefined for malformed JSON', () => {
    expect(parseChatEvent('{"type":')).toBeUndefined();
  });
});
