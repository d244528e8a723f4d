import { describe, expect, it } from 'vitest';
import { splitAnswer } from '../../src/widget/answer-segments';

describe('splitAnswer', () => {
  it.each([
    ['Không có trích dẫn', [{ kind: 'text', text: 'Không có trích dẫn' }]],
    ['A [1][2] B', [{ kind: 'text', text: 'A ' }, { kind: 'citation', n: 1 }, { kind: 'citation', n: 2 }, { kind: 'text', text: ' B' }]],
    ['A [1, 2]', [{ kind: 'text', text: 'A ' }, { kind: 'citation', n: 1 }, { kind: 'citation', n: 2 }]],
    ['A [9] B', [{ kind: 'text', text: 'A [9] B' }]],
    ['Điều [a] 1', [{ kind: 'text', text: 'Điều [a] 1' }]],
  ])('%s', (text, expected) => {
    expect(splitAnswer(text, new Set([1, 2]))).toEqual(expected);
  });
});
