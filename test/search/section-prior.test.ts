/**
 * The plans' structure as a prior: a question naming a kind of section meets that section before the document's
 * frame (header, legal basis, closing); a question about the signer gets the closing; a section asked as a whole
 * comes with all its passages; the plan whose title the question names is preferred over its neighbour.
 */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/types';
import { Retriever } from '../../src/search/retriever';
import { asksClosing, FRAME_BASIS, FRAME_CLOSING, FRAME_CONTENTS, FRAME_HEADER, kindBit, passageRoles, sectionKindsOf, wholeSectionKinds } from '../../src/search/section-prior';
import { EMPTY_THESAURUS } from '../../src/search/thesaurus';

let line = 0;
function passage(docId: string, title: string, section: string, text: string, kind: Chunk['kind'] = 'text'): Chunk {
  line += 10;
  return { id: `${docId}-${line}`, docId, title, province: 'Tỉnh Hải Đông', section, lineStart: line, lineEnd: line + 9, scope: 'public', kind, text };
}

// A synthetic plan of an invented province: its header and basis repeat the title's words, its sections do not.
const TITLE = 'Kế hoạch phát triển thư viện số tỉnh Hải Đông năm 2027';
const plan = [
  passage('thu-vien', TITLE, '', 'Số: /KH-UBND Hải Đông\nKẾ HOẠCH\nPhát triển thư viện số tỉnh Hải Đông năm 2027. Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển thư viện số năm 2027 như sau:'),
  passage('thu-vien', TITLE, 'I. CĂN CỨ LẬP KẾ HOẠCH', 'I. CĂN CỨ LẬP KẾ HOẠCH\nKế hoạch số 12/KH-UBND về phát triển thư viện số tỉnh Hải Đông giai đoạn 2026-2030; mục tiêu phát triển thư viện số năm 2027.'),
  passage('thu-vien', TITLE, 'II. MỤC TIÊU', 'II. MỤC TIÊU\n1. Số hóa toàn bộ sách cổ của tỉnh.\n2. Mở cổng tra cứu cho bạn đọc.'),
  passage('thu-vien', TITLE, 'III. GIẢI PHÁP', 'III. GIẢI PHÁP\n1. Đào tạo thủ thư về kỹ năng số.'),
  passage('thu-vien', TITLE, 'III. GIẢI PHÁP › 2. Hợp tác với trường đại học', '2. Hợp tác với trường đại học trong bảo quản tài liệu.'),
  passage('thu-vien', TITLE, 'III. GIẢI PHÁP › 3. Huy động nguồn lực xã hội', '3. Huy động nguồn lực xã hội cho thư viện.'),
  passage('thu-vien', TITLE, '', 'Trên đây là Kế hoạch phát triển thư viện số tỉnh Hải Đông năm 2027.\nNơi nhận:\n- Các sở, ngành;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình'),
  passage('thu-vien', TITLE, 'Phụ lục: DANH MỤC NHIỆM VỤ', 'Gồm các nhóm: I. Số hóa tài liệu; II. Đào tạo thủ thư.'),
];
// A second plan of the same province, whose title differs only by its subject and year.
const OTHER_TITLE = 'Kế hoạch chuyển đổi số tỉnh Hải Đông giai đoạn 2021-2025';
const other = [
  passage('chuyen-doi', OTHER_TITLE, 'II. MỤC TIÊU', 'II. MỤC TIÊU\n1. Nâng cấp mạng nội bộ của các sở.'),
  passage('chuyen-doi', OTHER_TITLE, 'III. GIẢI PHÁP', 'III. GIẢI PHÁP\n1. Đào tạo công chức về an toàn thông tin trên môi trường số.'),
];
const chunks = [...plan, ...other];
const retriever = new Retriever({ chunks, thesaurus: EMPTY_THESAURUS });
const ids = async (question: string, k = 5) => (await retriever.search(question, { k })).map((hit) => hit.chunk.id);
const idOf = (section: string, docId = 'thu-vien') => chunks.find((chunk) => chunk.docId === docId && chunk.section === section)!.id;

describe('passage roles', () => {
  const roles = passageRoles(chunks);
  const roleOf = (id: string) => roles.frame[chunks.findIndex((chunk) => chunk.id === id)];

  it('marks the header, the legal basis, the closing and a list of groups, and nothing else', () => {
    expect(roleOf(plan[0]!.id)).toBe(FRAME_HEADER);
    expect(roleOf(plan[1]!.id)).toBe(FRAME_BASIS);
    expect(roleOf(plan[6]!.id)).toBe(FRAME_CLOSING);
    expect(roleOf(plan[7]!.id)).toBe(FRAME_CONTENTS);
    for (const content of [plan[2], plan[3], plan[4], ...other]) expect(roleOf(content!.id)).toBe(0);
  });

  it('reads the kinds a heading names, with or without tone marks', () => {
    expect(sectionKindsOf('II. MỤC TIÊU › 2. Mục tiêu cụ thể')).toBe(kindBit('goal'));
    expect(sectionKindsOf('nhung giai phap nao')).toBe(kindBit('solution'));
    expect(sectionKindsOf('IV. TỔ CHỨC THỰC HIỆN')).toBe(kindBit('organisation'));
    expect(sectionKindsOf('Sở Nội vụ được giao làm gì')).toBe(kindBit('organisation'));
    expect(sectionKindsOf('Sở Nội vụ làm gì')).toBe(0);
  });

  it('tells a section asked as a whole from one fact inside it', () => {
    expect(wholeSectionKinds('Kế hoạch có những giải pháp nào?')).toBe(kindBit('solution'));
    expect(wholeSectionKinds('Mục tiêu số hóa sách cổ đạt bao nhiêu phần trăm?')).toBe(0);
    expect(asksClosing('Ai ký kế hoạch này?')).toBe(true);
    expect(asksClosing('ai ky ke hoach thu vien so')).toBe(true);
    expect(asksClosing('Kỹ năng số của thủ thư là gì?')).toBe(false);
  });
});

describe('retrieval with the section prior', () => {
  it('puts the section asked before the header and the basis that repeat the title', async () => {
    expect((await ids('Kế hoạch thư viện số năm 2027 có những mục tiêu gì?', 1))[0]).toBe(idOf('II. MỤC TIÊU'));
    expect((await ids('ke hoach thu vien so nam 2027 co nhung muc tieu gi', 1))[0]).toBe(idOf('II. MỤC TIÊU'));
  });

  it('keeps the basis for a question that asks for it', async () => {
    expect((await ids('Kế hoạch phát triển thư viện số năm 2027 căn cứ vào văn bản nào?', 2))).toContain(plan[1]!.id);
  });

  it('brings every passage of a section asked as a whole, in reading order after the best one', async () => {
    const top = await ids('Kế hoạch thư viện số năm 2027 của Hải Đông đề ra những giải pháp nào?', 5);
    const section = [idOf('III. GIẢI PHÁP'), idOf('III. GIẢI PHÁP › 2. Hợp tác với trường đại học'), idOf('III. GIẢI PHÁP › 3. Huy động nguồn lực xã hội')];
    for (const id of section) expect(top).toContain(id);
  });

  it('prefers the plan whose title the question names', async () => {
    const top = await ids('Kế hoạch thư viện số năm 2027 có những giải pháp gì?', 1);
    expect(top[0]).toBe(idOf('III. GIẢI PHÁP'));
    const otherTop = await ids('Kế hoạch chuyển đổi số giai đoạn 2021-2025 có những giải pháp gì?', 1);
    expect(otherTop[0]).toBe(idOf('III. GIẢI PHÁP', 'chuyen-doi'));
  });

  it('brings the closing first for a question about the signer', async () => {
    expect((await ids('Ai ký kế hoạch phát triển thư viện số năm 2027?', 1))[0]).toBe(plan[6]!.id);
  });

  it('puts first the passage under a heading the question quotes, when it asks that section whole', async () => {
    const organisation = passage('thu-vien', TITLE, 'IV. TỔ CHỨC THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa\n- Chủ trì số hóa sách cổ.\n2. Công an tỉnh\n- Bảo đảm an ninh mạng cho cổng tra cứu.');
    const rows = [1, 2, 3].map((number) =>
      passage('thu-vien', TITLE, `Phụ lục: DANH MỤC NHIỆM VỤ › I. Số hóa › ${number}`, `Nhiệm vụ: Nhiệm vụ số hóa đợt ${number}.\nCơ quan chủ trì: Sở Văn hóa.\nCơ quan phối hợp: Công an tỉnh.`, 'table-row'),
    );
    const local = new Retriever({ chunks: [...chunks, organisation, ...rows], thesaurus: EMPTY_THESAURUS });
    const top = await local.search('Trong kế hoạch thư viện số, Công an tỉnh được giao những nhiệm vụ gì?', { k: 1 });
    expect(top[0]!.chunk.id).toBe(organisation.id);
  });

  it('lowers the list of groups unless groups are asked', async () => {
    expect((await ids('Phụ lục chia nhiệm vụ thành những nhóm nào?', 1))[0]).toBe(plan[7]!.id);
    expect(await ids('Số hóa tài liệu và đào tạo thủ thư', 1)).not.toContain(plan[7]!.id);
  });
});
