import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/types';
import { PassageNumbering } from '../../src/chat/passage-numbering';
import { composeRoutingAnswer, composeRoutingNote } from '../../src/chat/routing-answer';
import { namesRoutingEntry } from '../../src/chat/composers/routing-composer';

const routing: Chunk = {
  id: 'r1',
  docId: 'routing:x',
  title: 'Chủ đề đã chuyển',
  section: 'Chuyển hướng › Chủ đề đã chuyển',
  lineStart: 0,
  lineEnd: 0,
  scope: 'public',
  kind: 'routing',
  text: 'Chủ đề đã chuyển. Cơ quan trước đây: Phòng A cấp huyện. Cơ quan hiện nay: Sở B. Việc này nay do Sở B làm; hồ sơ nộp tại Trung tâm Phục vụ hành chính công. Câu thứ ba không cần.',
  fields: { 'Cơ quan trước đây': 'Phòng A cấp huyện', 'Cơ quan hiện nay': 'Sở B.', 'Trả lời': 'Việc này nay do Sở B làm; hồ sơ nộp tại Trung tâm Phục vụ hành chính công. Câu thứ ba không cần.' },
};

describe('composeRoutingAnswer', () => {
  it('leads with the body that handles the topic now, then the entry’s own explanation, cited', () => {
    const numbering = new PassageNumbering();
    const answer = composeRoutingAnswer(routing, numbering)!;
    expect(answer.startsWith('Nơi giải quyết hiện nay: Sở B.')).toBe(true);
    expect(answer).toContain('Việc này nay do Sở B làm');
    expect(answer).not.toContain('Phòng A');
    expect(answer.endsWith('[1]')).toBe(true);
    expect(numbering.passages).toEqual([routing]);
  });

  it('leaves other chunks to the other answer paths', () => {
    expect(composeRoutingAnswer({ ...routing, kind: 'text' }, new PassageNumbering())).toBeUndefined();
    expect(composeRoutingAnswer({ ...routing, fields: { 'Cơ quan hiện nay': 'Sở B' } }, new PassageNumbering())).toBeUndefined();
  });
});

describe('namesRoutingEntry and composeRoutingNote', () => {
  const entry = { keywords: ['phòng a', 'phòng a huyện', 'sở lđtbxh'] };

  it('is true when the question names one of the entry’s keywords, with or without tone marks', () => {
    expect(namesRoutingEntry(entry, 'Phòng A huyện giờ còn nhận hồ sơ không?')).toBe(true);
    expect(namesRoutingEntry(entry, 'so ldtbxh con giai quyet khong')).toBe(true);
    expect(namesRoutingEntry(entry, 'Phòng B nhận hồ sơ không?')).toBe(false);
  });

  it('matches a one-syllable keyword only as written with its marks, never the word it folds into', () => {
    const shrine = { keywords: ['chùa', 'nhà thờ'] };
    expect(namesRoutingEntry(shrine, 'Sửa mái chùa cần xin phép không?')).toBe(true);
    expect(namesRoutingEntry(shrine, 'Tôi chưa nộp hồ sơ thì sao?')).toBe(false);
    expect(namesRoutingEntry(shrine, 'toi chua nop ho so')).toBe(false);
    expect(namesRoutingEntry(shrine, 'sua nha tho can xin phep khong')).toBe(true);
  });

  it('reads a keyword that follows "hội" as the association’s name, not the sector’s topic', () => {
    const elders = { keywords: ['người già neo đơn'] };
    expect(namesRoutingEntry(elders, 'Hội người già neo đơn của xã chuẩn bị họp đại hội, cần gửi báo cáo cho ai?')).toBe(false);
    expect(namesRoutingEntry(elders, 'hoi nguoi gia neo don cua xa sua dieu le')).toBe(false);
    expect(namesRoutingEntry(elders, 'Trợ cấp cho người già neo đơn nhận ở đâu?')).toBe(true);
    expect(namesRoutingEntry(elders, 'Hội người già neo đơn giúp người già neo đơn xin trợ cấp ở đâu?')).toBe(true);
  });

  it('says where the work was and where it is now, cited', () => {
    const numbering = new PassageNumbering();
    expect(composeRoutingNote(routing, numbering)).toBe('Cơ quan trước đây: Phòng A cấp huyện; cơ quan hiện nay: Sở B [1].');
  });
});
