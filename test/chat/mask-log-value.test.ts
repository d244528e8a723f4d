import { describe, expect, it } from 'vitest';
import { maskLogValue } from '../../src/chat/mask-log-value';

describe('maskLogValue', () => {
  it('masks personal data in strings at any depth and keeps the shape', () => {
    const masked = maskLogValue({ question: 'CCCD 001203004567, gọi 0912 345 678', nested: [{ contact: 'an.nguyen@example.com' }], error: new Error('gọi 0987654321 không được') });
    expect(masked).toEqual({
      question: 'CCCD [số CCCD/CMND đã ẩn], gọi [số điện thoại đã ẩn]',
      nested: [{ contact: '[email đã ẩn]' }],
      error: 'Error: gọi [số điện thoại đã ẩn] không được',
    });
  });

  it('never rewrites ids, codes, numbers or dates', () => {
    const record = {
      requestId: '0912345678',
      sessionId: 'Ab_0987654321-xyzXYZ0912345678',
      messageId: '001203004567-q',
      chunkIds: ['063c53faae0092153433', '123456789012'],
      docId: 'tai-len-ke-hoach-a1b2c3',
      procedureCode: '1.013734',
      number: '350/QĐ-TTg',
      at: 1795450368471,
      bytes: 314572800,
      when: new Date('2026-12-07T00:25:08.123Z'),
      route: '/api/chat',
      message: 'chunk 9a0912345678e1f2 cited for 350/QĐ-TTg ngày 26/02/2026',
    };
    expect(maskLogValue(record)).toEqual(record);
  });

  it('masks a field named like an id when it holds an object (only flat ids are trusted)', () => {
    expect(maskLogValue({ userId: { phone: '0912345678' } })).toEqual({ userId: { phone: '[số điện thoại đã ẩn]' } });
  });
});
