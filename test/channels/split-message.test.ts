/** Long replies split for a chat platform's limit: at sentence ends, else at a space, else hard; nothing lost. */
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/channels/split-message';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitMessage', () => {
  it('keeps a short text whole', () => {
    expect(splitMessage('  Một câu ngắn.  ', 50)).toEqual(['Một câu ngắn.']);
  });

  it('cuts at the last sentence end within the limit', () => {
    const text = 'Câu thứ nhất khá dài. Câu thứ hai cũng dài! Câu ba? Câu bốn.';
    const parts = splitMessage(text, 45);
    expect(parts[0]).toBe('Câu thứ nhất khá dài. Câu thứ hai cũng dài!');
    expect(parts.every((part) => part.length <= 45)).toBe(true);
    expect(words(parts.join(' '))).toBe(words(text));
  });

  it('cuts at a line break, and at a space when the only sentence end would leave a stub', () => {
    expect(splitMessage('Dòng một\nDòng hai dài hơn một chút', 15)[0]).toBe('Dòng một');
    const parts = splitMessage('A. một hai ba bốn năm sáu bảy tám chín mười', 30);
    expect(parts[0]).toBe('A. một hai ba bốn năm sáu bảy');
  });

  it('cuts a text without spaces hard at the limit', () => {
    expect(splitMessage('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
