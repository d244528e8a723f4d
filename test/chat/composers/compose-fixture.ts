/** A synthetic plan (headings, items split across passages, appendix rows in groups) and a compose context over it. */
import type { ComposeContext } from '../../../src/chat/composers/composer';
import { resolveFollowUp } from '../../../src/chat/conversation-focus';
import { analyzeQuestion } from '../../../src/chat/question-analysis';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../../src/chat/retrieval-confidence';
import { createInverseFrequency, foldedSyllables, termProfile } from '../../../src/chat/term-weights';
import type { Chunk, Scope } from '../../../src/core/types';
import type { RetrieverPort } from '../../../src/ports/retriever';
import { Retriever } from '../../../src/search/retriever';
import { createProvinceDetector } from '../../../src/search/province-detector';
import { EMPTY_THESAURUS } from '../../../src/search/thesaurus';

const plan = (province: string, docId: string, scope: Scope = 'public') => ({ docId, title: `Kế hoạch chuyển đổi số ngành Nội vụ tỉnh ${province} năm 2027`, province, scope });

/** A plan of a made-up shape: its purposes run over two passages, its appendix holds two groups of task rows. */
export function syntheticPlan(province = 'Hà Giang', docId = 'ha-giang-kh-cds', scope: Scope = 'public'): Chunk[] {
  const base = plan(province, docId, scope);
  const row = (id: string, line: number, group: string, number: string, fields: Record<string, string>): Chunk => ({
    ...base,
    id: `${docId}-${id}`,
    kind: 'table-row',
    section: `Phụ lục › ${group} › ${number}`,
    lineStart: line,
    lineEnd: line,
    text: `${group} › ${number}.\n${Object.entries(fields).map(([label, value]) => `${label}: ${value}.`).join('\n')}`,
    fields,
  });
  return [
    { ...base, id: `${docId}-head`, kind: 'text', section: '', lineStart: 1, lineEnd: 5, text: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}\nKẾ HOẠCH\nChuyển đổi số ngành Nội vụ năm 2027` },
    {
      ...base,
      id: `${docId}-purpose-1`,
      kind: 'text',
      section: 'I. MỤC ĐÍCH',
      lineStart: 10,
      lineEnd: 20,
      text: 'I. MỤC ĐÍCH\n1. Đưa hồ sơ lưu trữ của các cơ quan lên môi trường số, phục vụ tra cứu nhanh.\n2. Rút ngắn thời gian xử lý hồ sơ thi đua, khen thưởng xuống còn 10 ngày.',
    },
    {
      ...base,
      id: `${docId}-purpose-2`,
      kind: 'text',
      section: 'I. MỤC ĐÍCH',
      lineStart: 21,
      lineEnd: 30,
      text: '3. Bồi dưỡng kỹ năng số cho 100% công chức của Sở.\n4. Công khai tiến độ giải quyết hồ sơ trên cổng thông tin của tỉnh.',
    },
    {
      ...base,
      id: `${docId}-goals`,
      kind: 'text',
      section: 'II. MỤC TIÊU',
      lineStart: 31,
      lineEnd: 40,
      text: 'II. MỤC TIÊU\n1. Mục tiêu chung\na) Hình thành kho dữ liệu cán bộ dùng chung của tỉnh.\nb) Người dân tra cứu kết quả giải quyết hồ sơ mọi lúc.\n2. Mục tiêu cụ thể\n- 90% hồ sơ thi đua được nộp trực tuyến.\n- 80% văn bản đi được ký số.\n3. Hệ thống đưa vào sử dụng\nCác hệ thống được đưa vào sử dụng trong năm gồm:\n- Phần mềm quản lý hồ sơ thi đua.\n- Kho lưu trữ điện tử của Sở.\n- Cổng tra cứu kết quả giải quyết hồ sơ.',
    },
    {
      ...base,
      id: `${docId}-organisation`,
      kind: 'text',
      section: 'III. TỔ CHỨC THỰC HIỆN',
      lineStart: 41,
      lineEnd: 50,
      text: 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Làm đầu mối theo dõi, tổng hợp kết quả thực hiện kế hoạch.\nb) Xây dựng bảng theo dõi tiến độ số hóa hồ sơ lưu trữ.\nc) Báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.\n2. Công an tỉnh\n- Bảo đảm an ninh mạng cho kho dữ liệu cán bộ.',
    },
    { ...base, id: `${docId}-annex`, kind: 'text', section: 'Phụ lục', lineStart: 60, lineEnd: 61, text: 'Phụ lục\nDANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH' },
    row('r1', 62, 'I. Dữ liệu số', '1', { 'Nhiệm vụ': 'Số hóa hồ sơ lưu trữ lịch sử', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Các sở, ngành', 'Thời gian hoàn thành': 'Năm 2027' }),
    row('r2', 63, 'I. Dữ liệu số', '2', { 'Nhiệm vụ': 'Kết nối kho dữ liệu cán bộ với cơ sở dữ liệu quốc gia', 'Cơ quan chủ trì': 'Sở Khoa học và Công nghệ', 'Cơ quan phối hợp': 'Sở Nội vụ', 'Thời gian hoàn thành': 'Quý II/2028' }),
    row('r3', 64, 'II. Nhân lực số', '1', { 'Nhiệm vụ': 'Mở lớp bồi dưỡng kỹ năng số cho công chức', 'Cơ quan chủ trì': 'Sở Nội vụ', 'Cơ quan phối hợp': 'Trường Chính trị tỉnh', 'Thời gian hoàn thành': 'Quý III/2027' }),
  ];
}

/** The context the engine builds (analysis, retrieval under the filters, term weights), over these chunks only. */
export function fixtureContext(question: string, chunks: Chunk[], options: ContextOptions = {}): Promise<ComposeContext> {
  return contextOver(new Retriever({ chunks, thesaurus: EMPTY_THESAURUS }), question, options);
}

type ContextOptions = { scopes?: Scope[]; filters?: ComposeContext['filters']; k?: number };

/** The same context over any retriever (the seeds' test index, for tests on the real plans). */
export async function contextOver(retriever: RetrieverPort, question: string, options: ContextOptions = {}): Promise<ComposeContext> {
  const corpus = retriever.describeCorpus();
  const detectors = corpus.provinces.map((name) => ({ name, detector: createProvinceDetector([name]) }));
  const analysis = analyzeQuestion(question, (text) => detectors.filter(({ detector }) => detector.detect(text)).map(({ name }) => name));
  const scopes = options.scopes ?? ['public'];
  const filters = options.filters ?? {};
  const resolved = resolveFollowUp(analysis, undefined);
  const hits = await retriever.retrieve(question, { k: options.k ?? 6, scopes, preferProvince: resolved.province, ...filters });
  const provinceTokens = new Set(corpus.provinces.flatMap((name) => foldedSyllables(name)));
  const weight = createInverseFrequency(corpus.size, (term) => retriever.documentFrequency(term));
  return {
    analysis,
    retrievalText: question,
    hits,
    retriever,
    scopes,
    filters,
    resolved,
    terms: { profile: termProfile(question, provinceTokens), weight },
    provinces: corpus.provinces,
    faq: [],
    routing: [],
    threshold: DEFAULT_CONFIDENCE_THRESHOLD,
  };
}
