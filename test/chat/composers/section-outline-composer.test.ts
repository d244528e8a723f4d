import { describe, expect, it } from 'vitest';
import { guardCitations } from '../../../src/chat/citation-guard';
import { documentOutline, pathOf } from '../../../src/chat/composers/document-outline';
import { clauseDigest, headOf } from '../../../src/chat/composers/outline-lines';
import { sectionOutlineComposer } from '../../../src/chat/composers/section-outline-composer';
import { asksBodyRole, asksWholeSection, wantsSummary } from '../../../src/chat/composers/section-question';
import { COMPOSERS } from '../../../src/chat/composers';
import { fixtureContext, syntheticPlan } from './compose-fixture';

const compose = async (question: string, chunks = syntheticPlan(), options = {}) => {
  const candidates = await sectionOutlineComposer.compose(await fixtureContext(question, chunks, options));
  // Every line is read in the passage it cites: the citation guard keeps the answer whole.
  for (const candidate of candidates) expect(guardCitations(candidate.answer, candidate.passages.map((chunk, index) => ({ n: index + 1, text: chunk.text }))).answer).toBe(candidate.answer);
  return candidates;
};

/** The synthetic plan with more prose passages: each an id suffix, its section, its first line and its text. */
const planWith = (...extra: Array<[id: string, section: string, line: number, text: string]>) => {
  const chunks = syntheticPlan();
  const base = chunks[0]!;
  return [...chunks, ...extra.map(([id, section, line, text]) => ({ ...base, id: `ha-giang-kh-cds-${id}`, kind: 'text' as const, section, lineStart: line, lineEnd: line + 4, text }))];
};

describe('document outline', () => {
  const root = documentOutline(syntheticPlan())!;

  it('nests headings and items as printed, items continuing into the next passage included', () => {
    const purpose = root.children.find((node) => node.text === 'I. MỤC ĐÍCH')!;
    expect(purpose.children.map((child) => child.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
    expect(purpose.children[3]!.chunk.id).toBe('ha-giang-kh-cds-purpose-2');
  });

  it('puts appendix rows under their group, the group under the appendix title printed over two lines', () => {
    const annex = root.children.find((node) => node.text === 'Phụ lục')!;
    expect(headOf(annex)).toBe('Phụ lục DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH');
    expect(annex.children.map((group) => [group.text, group.children.length])).toEqual([
      ['I. Dữ liệu số', 2],
      ['II. Nhân lực số', 1],
    ]);
    expect(pathOf(annex.children[1]!.children[0]!).map((node) => node.text)).toEqual(['Phụ lục', 'II. Nhân lực số', 'Mở lớp bồi dưỡng kỹ năng số cho công chức']);
  });
});

describe('section outline composer', () => {
  it('answers "những mục đích gì" with every item of the section, across passages, each cited, and where to read more', async () => {
    const [candidate] = await compose('Kế hoạch của Hà Giang đặt ra những mục đích gì?');
    expect(candidate?.kind).toBe('section-outline');
    const lines = candidate!.answer.split('\n');
    expect(lines[0]).toBe('I. MỤC ĐÍCH [1]:');
    expect(lines.filter((line) => /^\d\. /u.test(line))).toHaveLength(4);
    expect(candidate!.answer).toContain('4. Công khai tiến độ giải quyết hồ sơ trên cổng thông tin của tỉnh [2].');
    expect(lines.at(-1)).toBe('Xem thêm toàn văn tại tài liệu nguồn, mục “MỤC ĐÍCH” [1].');
    expect(candidate!.passages.map((chunk) => chunk.id)).toEqual(['ha-giang-kh-cds-purpose-1', 'ha-giang-kh-cds-purpose-2']);
    expect(candidate!.long).toBe(true);
  });

  it('prefers the heading that names more of the question ("mục tiêu chung" over "MỤC TIÊU")', async () => {
    const [candidate] = await compose('Hà Giang có những mục tiêu chung gì?');
    expect(candidate!.answer.split('\n')[0]).toBe('1. Mục tiêu chung [1]:');
    expect(candidate!.answer).toContain('a) Hình thành kho dữ liệu cán bộ dùng chung của tỉnh [1].');
  });

  it('answers what a body is given from its heading under the implementation section', async () => {
    const [candidate] = await compose('Sở Nội vụ Hà Giang có những nhiệm vụ gì trong tổ chức thực hiện?');
    expect(candidate!.answer.split('\n')[0]).toBe('1. Sở Nội vụ [1]:');
    expect(candidate!.answer).toContain('c) Báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm [1].');
    expect(candidate!.answer).toContain('mục “TỔ CHỨC THỰC HIỆN › Sở Nội vụ” [1].');
  });

  it('lists the appendix groups when the question asks how the appendix groups its tasks', async () => {
    const [candidate] = await compose('Phụ lục kế hoạch Hà Giang chia nhiệm vụ thành những nhóm nào?');
    expect(candidate!.answer).toContain('I. Dữ liệu số [');
    expect(candidate!.answer).toContain('II. Nhân lực số [');
  });

  it('summarises a document asked as a whole by its main parts', async () => {
    expect(wantsSummary('huong dan 17 noi gi')).toBe(true);
    const [candidate] = await compose('Tóm tắt kế hoạch chuyển đổi số ngành Nội vụ Hà Giang');
    expect(candidate!.answer.split('\n')[0]).toMatch(/^Văn bản gồm các phần chính \[\d\]:$/u);
    expect(candidate!.answer).toContain('I. MỤC ĐÍCH [');
    expect(candidate!.answer).toContain('III. TỔ CHỨC THỰC HIỆN [');
  });

  it('offers nothing for a one-fact question, and keeps to the document filter', async () => {
    expect(await compose('Sở Nội vụ Hà Giang báo cáo trước ngày nào?')).toEqual([]);
    const other = syntheticPlan('Cao Bằng', 'cao-bang-kh-cds');
    const [filtered] = await compose('Kế hoạch đặt ra những mục đích gì?', [...syntheticPlan(), ...other], { filters: { docIds: ['cao-bang-kh-cds'] } });
    expect(filtered!.passages.every((chunk) => chunk.docId === 'cao-bang-kh-cds')).toBe(true);
  });

  it('never opens a document outside the caller’s scopes', async () => {
    const internal = syntheticPlan('Hà Giang', 'ha-giang-noi-bo', 'internal');
    expect(await compose('Kế hoạch của Hà Giang đặt ra những mục đích gì?', internal)).toEqual([]);
    const [staff] = await compose('Kế hoạch của Hà Giang đặt ra những mục đích gì?', internal, { scopes: ['public', 'internal'] });
    expect(staff!.passages.every((chunk) => chunk.scope === 'internal')).toBe(true);
  });
});

describe('whole section or one fact', () => {
  it('tells a section asked as a whole from one item asked by "nào" or a yes/no question', () => {
    expect(asksWholeSection('ke hoach dat ra nhung muc dich gi')).toBe(true);
    expect(asksWholeSection('muc dich cua ke hoach la gi')).toBe(true);
    expect(asksWholeSection('tinh co dung tro ly ao khong nam trong nhiem vu nao')).toBe(false);
    expect(asksWholeSection('viec so hoa ho so thuoc nhiem vu nao')).toBe(false);
  });
});

describe('whole section: the shapes of Vietnamese that ask for one', () => {
  it('takes "những/các N", "N … gì / là gì / thế nào", not "N giai đoạn nào"', () => {
    expect(asksWholeSection('ke hoach de ra nhung nhom giai phap nao')).toBe(true);
    expect(asksWholeSection('tinh dinh huong nganh noi vu phat trien the nao den nam 2035', new Set(['nganh', 'noi', 'vu']))).toBe(true);
    expect(asksWholeSection('ke hoach co muc tieu tong quat gi')).toBe(true);
    expect(asksWholeSection('bo tri kinh phi theo dinh huong giai doan nao')).toBe(false);
  });
});

describe('whole section: words between the noun and the question word', () => {
  it('allows the words that name the document, not a subject of its own', () => {
    const titles = new Set('ke hoach trien khai quyet dinh lao cai'.split(' '));
    expect(asksWholeSection('muc dich cua ke hoach trien khai quyet dinh 350 tinh lao cai la gi', titles)).toBe(true);
    expect(asksWholeSection('noi dung cua nhiem vu so hoa ho so luu tru la gi', titles)).toBe(false);
  });
});

describe('whole section: a body’s role in the task tables is not a section', () => {
  it('leaves "X chủ trì những nhiệm vụ nào" to the task rows', () => {
    expect(asksWholeSection('cong an tinh chu tri nhung nhiem vu nao')).toBe(false);
    expect(asksWholeSection('so noi vu duoc giao nhung nhiem vu gi')).toBe(true);
  });
});

describe('a body’s role in a plan, asked without a section noun', () => {
  // The same body also heads a part outside the implementation section: its role is the one under "Tổ chức thực hiện".
  const withBudget = () => planWith(['budget', 'IV. KINH PHÍ', 51, 'IV. KINH PHÍ\n1. Sở Nội vụ\n- Lập dự toán kinh phí hằng năm.\n- Gửi dự toán để thẩm định.']);

  it('answers "đóng vai trò gì", "nhiệm vụ của X … là gì", "X có trách nhiệm gì" from the body’s heading, each item cited', async () => {
    for (const question of ['Sở Nội vụ đóng vai trò gì trong kế hoạch chuyển đổi số tỉnh Hà Giang?', 'Nhiệm vụ của Sở Nội vụ trong kế hoạch của Hà Giang là gì?']) {
      const [candidate] = await compose(question, withBudget());
      expect(candidate, question).toBeDefined();
      expect(candidate!.score).toBeGreaterThanOrEqual(0.4);
      expect(candidate!.answer.split('\n')[0]).toBe('1. Sở Nội vụ [1]:');
      expect(candidate!.answer).toContain('a) Làm đầu mối theo dõi, tổng hợp kết quả thực hiện kế hoạch [1].');
      expect(candidate!.answer).not.toContain('dự toán');
      expect(candidate!.answer).toContain('mục “TỔ CHỨC THỰC HIỆN › Sở Nội vụ” [1].');
    }
    const [police] = await compose('Công an tỉnh có trách nhiệm gì trong kế hoạch?');
    expect(police!.answer).toContain('Bảo đảm an ninh mạng cho kho dữ liệu cán bộ [1].');
  });

  it('leaves the lead column to the task rows and a procedure aspect to the procedure', async () => {
    expect(await compose('Sở Nội vụ chủ trì những nhiệm vụ nào?')).toEqual([]);
    const context = await fixtureContext('Sở Nội vụ chủ trì những nhiệm vụ nào?', syntheticPlan());
    const kinds = (await Promise.all(COMPOSERS.map((composer) => composer.compose(context)))).flat().map((candidate) => candidate.kind);
    expect(kinds[0]).toBe('list');
    expect(await compose('Nộp hồ sơ cho Sở Nội vụ mất bao lâu thì có kết quả?')).toEqual([]);
  });

  it('reads a role question by its words, not a yes/no or lead-column question', () => {
    expect(asksBodyRole('so noi vu dong vai tro gi trong ke hoach')).toBe(true);
    expect(asksBodyRole('cong an tinh phai lam gi')).toBe(true);
    expect(asksBodyRole('so noi vu chu tri nhung nhiem vu nao')).toBe(false);
    expect(asksBodyRole('so noi vu co nhiem vu bao cao khong')).toBe(false);
    expect(asksBodyRole('so noi vu o dau')).toBe(false);
  });
});

describe('long items keep what each clause says', () => {
  // A viewpoint whose distinctive words sit in its second clause, behind a long opening every plan repeats.
  const viewpoint =
    'Thực hiện chuyển đổi số trong công tác lưu trữ phải phù hợp với chủ trương, đường lối của Đảng, pháp luật của Nhà nước, gắn với các chương trình, kế hoạch phát triển của tỉnh và của ngành trong từng giai đoạn; được xác định là nhiệm vụ thường xuyên, lâu dài, vừa là mục tiêu vừa là động lực đổi mới phương thức quản lý; bảo đảm tiết kiệm, hiệu quả.';

  it('shares the words among the clauses, each keeping its head, instead of stopping inside the first', () => {
    const digest = clauseDigest(viewpoint, 40);
    expect(digest.split(' ').length).toBeLessThanOrEqual(44);
    expect(digest).toContain('Thực hiện chuyển đổi số trong công tác lưu trữ phải phù hợp');
    expect(digest).toContain('được xác định là nhiệm vụ thường xuyên, lâu dài');
    expect(digest).toContain('bảo đảm tiết kiệm, hiệu quả');
    expect(clauseDigest('Ngắn gọn; vừa đủ.', 40)).toBe('Ngắn gọn; vừa đủ.');
  });

  it('cuts a clause at a comma near its share rather than mid-phrase', () => {
    const digest = clauseDigest('Rà soát, chuẩn hóa dữ liệu, cập nhật thường xuyên, bảo đảm đúng, đủ, sạch, sống trên toàn hệ thống thông tin của ngành Nội vụ tỉnh', 12);
    expect(digest).toMatch(/, [^,]*…$|[^,]… ?$/u);
    expect(digest.endsWith('…')).toBe(true);
  });

  it('shows the distinctive clause of each item of a viewpoint section, cited', async () => {
    const views = planWith(['views', 'IV. QUAN ĐIỂM', 51, `IV. QUAN ĐIỂM\n1. ${viewpoint}\n2. Lấy người dân làm trung tâm, chuyển mạnh từ tiền kiểm sang hậu kiểm; đơn giản hóa thủ tục, rút ngắn thời gian xử lý.`]);
    const [candidate] = await compose('Kế hoạch của Hà Giang nêu những quan điểm gì?', views);
    expect(candidate!.answer.split('\n')[0]).toBe('IV. QUAN ĐIỂM [1]:');
    expect(candidate!.answer).toContain('nhiệm vụ thường xuyên, lâu dài');
    expect(candidate!.answer).toContain('hậu kiểm');
  });
});

describe('sections named by two-syllable words', () => {
  const withSections = () =>
    planWith(
      ['solutions', 'V. GIẢI PHÁP CHUNG VÀ NHIỆM VỤ CỤ THỂ', 70, 'V. GIẢI PHÁP CHUNG VÀ NHIỆM VỤ CỤ THỂ\n1. Giải pháp chung\na) Đổi mới tư duy về quản trị dữ liệu.\nb) Theo dõi tiến độ theo thời gian thực.\n2. Nhiệm vụ cụ thể\nCó phụ lục kèm theo.'],
      ['requirements', 'VI. YÊU CẦU', 81, 'VI. YÊU CẦU\n- Bảo đảm rõ người, rõ việc, rõ tiến độ.\n- Dữ liệu được dùng chung, tránh trùng lặp.'],
    );

  it('answers the sub-heading that is the section asked, not the parent a syllable of "Nội vụ" also matches', async () => {
    const [candidate] = await compose('Hà Giang đề ra những giải pháp chung nào để chuyển đổi số lĩnh vực Nội vụ?', withSections());
    expect(candidate!.answer.split('\n')[0]).toBe('1. Giải pháp chung [1]:');
    expect(candidate!.answer).toContain('b) Theo dõi tiến độ theo thời gian thực [1].');
  });

  it('takes "yêu cầu" as a section noun, with the plan named at length', async () => {
    const [candidate] = await compose('Kế hoạch chuyển đổi số ngành Nội vụ năm 2027 của Ủy ban nhân dân tỉnh Hà Giang đặt ra những yêu cầu gì?', withSections());
    expect(candidate!.answer.split('\n')[0]).toBe('VI. YÊU CẦU [1]:');
    expect(candidate!.score).toBeGreaterThanOrEqual(0.4);
  });
});

describe('parts of a section, annex titles, bodies named together, the closing block', () => {
  const targets = (id: string, line: number, group: string, content: string, target: string) => {
    const base = syntheticPlan()[0]!;
    const fields = { 'Nội dung': content, 'Mục tiêu': target };
    return { ...base, id: `ha-giang-kh-cds-${id}`, kind: 'table-row' as const, section: `PHỤ LỤC CHỈ TIÊU › 2. Chỉ tiêu cụ thể › ${group} › ${id}`, lineStart: line, lineEnd: line, text: `${group} › ${id}.\nNội dung: ${content}.\nMục tiêu: ${target}.`, fields };
  };
  const plan = () => [
    ...planWith(
      ['implementation', 'IV. TRÁCH NHIỆM', 90, 'IV. TRÁCH NHIỆM\n1. Các sở, ban, ngành; UBND các xã\n- Phối hợp cập nhật dữ liệu cán bộ.\n- Báo cáo kết quả hằng quý.'],
      ['closing', '', 95, 'Trên đây là Kế hoạch chuyển đổi số của tỉnh.\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.'],
      ['targets', 'PHỤ LỤC CHỈ TIÊU', 99, 'PHỤ LỤC CHỈ TIÊU\n2. Chỉ tiêu cụ thể'],
    ),
    targets('t1', 100, 'I. Xã hội số', 'Tỷ lệ hộ gia đình có Internet cáp quang', '95%'),
    targets('t2', 101, 'I. Xã hội số', 'Tỷ lệ người dân dùng điện thoại thông minh', '90%'),
    targets('t3', 102, 'II. Kinh tế số', 'Tỷ lệ doanh nghiệp dùng hóa đơn điện tử', '100%'),
  ];

  it('answers the group of a targets table the question names, each row with its figure', async () => {
    const [candidate] = await compose('Hà Giang đặt những chỉ tiêu xã hội số nào?', plan());
    expect(candidate!.answer.split('\n')[0]).toBe('I. Xã hội số [1]:');
    expect(candidate!.answer).toContain('- Tỷ lệ người dân dùng điện thoại thông minh: 90% [2].');
    expect(candidate!.answer).not.toContain('hóa đơn');
  });

  it('answers bodies named together from their first name, and leaves the recipients out', async () => {
    const [candidate] = await compose('Các sở ở Hà Giang phải làm gì?', plan());
    expect(candidate!.answer.split('\n')[0]).toBe('1. Các sở, ban, ngành; UBND các xã [1]:');
    expect(candidate!.answer).toContain('- Báo cáo kết quả hằng quý [1].');
    expect(candidate!.answer).not.toContain('Bộ Nội vụ');
  });

  it('keeps an annex title whole after its label’s colon', () => {
    const root = documentOutline([{ ...syntheticPlan()[0]!, id: 'annex', section: 'PHỤ LỤC', text: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ TRIỂN KHAI' }])!;
    expect(headOf(root.children[0]!)).toBe('PHỤ LỤC: DANH MỤC NHIỆM VỤ TRIỂN KHAI');
  });
});
