/** A synthetic knowledge base (not the seeds): plan passages, two procedure records, FAQ and routing entries. */
import { createChatEngine } from '../../../src/chat/chat-engine';
import type { ChatEngine } from '../../../src/chat/chat-types';
import type { Chunk } from '../../../src/core/types';
import { withChunkIds } from '../../../src/ingest/chunk-id';
import type { FaqEntry } from '../../../src/knowledge/faq-schema';
import { knowledgeToChunkDrafts } from '../../../src/knowledge/knowledge-chunks';
import type { RoutingEntry } from '../../../src/knowledge/routing-schema';
import { Retriever } from '../../../src/search/retriever';
import { EMPTY_THESAURUS } from '../../../src/search/thesaurus';
import { fixtureCatalog, known, syntheticRecord } from '../procedure-records';

const SOURCE = { id: 'nguon', title: 'Văn bản thử nghiệm', url: 'https://example.gov.vn/van-ban', kind: 'law' as const };

export const HOI = syntheticRecord({
  id: 'dang-ky-hoat-dong-hoi-thu',
  name: 'Đăng ký hoạt động hội thử nghiệm',
  code: known('9.999001'),
  implementingAgency: known('Sở Nội vụ'),
  processingTime: known('20 ngày làm việc'),
  fees: 'unknown',
  caveats: [{ text: 'Lệ phí do Hội đồng nhân dân cấp tỉnh quy định.', source: 'nguon-thu' }],
  dossier: known({ components: [
    { name: 'Đơn đề nghị', formNumber: 'Mẫu 01', copies: '1', originalOrCopy: 'bản chính' },
    { name: 'Điều lệ hội', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' },
    { name: 'Danh sách hội viên', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' },
    { name: 'Lý lịch người đứng đầu', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' },
    { name: 'Văn bản xác nhận trụ sở', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' },
    { name: 'Biên bản đại hội', formNumber: 'unknown', copies: 'unknown', originalOrCopy: 'unknown' },
  ], complete: true, sets: '01 bộ' }),
});

export const TRUNG_UONG = syntheticRecord({
  id: 'cong-nhan-thu-trung-uong',
  name: 'Công nhận danh hiệu thử nghiệm toàn quốc',
  carriedOutBy: 'trung ương',
  implementingAgency: known('Bộ Nội vụ'),
  processingTime: known('45 ngày'),
});

export const QUY = syntheticRecord({
  id: 'cap-phep-quy-thu',
  name: 'Cấp phép thành lập quỹ thử nghiệm',
  implementingAgency: known('Sở Nội vụ'),
});

// Quỹ is a family of procedures, as in the national catalogue (several names use the word).
const QUY_FAMILY = ['Giải thể quỹ thử nghiệm', 'Đổi tên quỹ thử nghiệm'].map((name, index) => syntheticRecord({ id: `quy-thu-${index}`, name }));

const PLAN = { docId: 'ke-hoach-thu', title: 'Kế hoạch thử nghiệm', province: 'Khánh Hòa', scope: 'public' as const, lineStart: 1, lineEnd: 2 };
const PLAN_CHUNKS: Chunk[] = [
  { ...PLAN, id: 'p1', kind: 'text', section: 'II. MỤC TIÊU', text: 'Phấn đấu 80% hồ sơ lưu trữ được số hóa trong năm 2027.' },
  { ...PLAN, id: 'p2', kind: 'text', section: 'III. NHIỆM VỤ', text: 'Sở Nội vụ xây dựng cổng thông tin thi đua khen thưởng điện tử.' },
];

export const FAQ: FaqEntry = {
  id: 'gio-lam-viec',
  category: 'nộp hồ sơ',
  question: 'Bộ phận một cửa làm việc vào giờ nào?',
  paraphrases: ['giờ làm việc một cửa', 'mấy giờ mở cửa nhận hồ sơ'],
  answer: 'Bộ phận Một cửa tiếp nhận hồ sơ trong giờ hành chính các ngày làm việc. Ngày lễ, Tết theo thông báo của cơ quan.',
  answerSources: ['nguon'],
  sources: [SOURCE],
  verifiedAt: '2026-11-20',
};

/** An entry about the assistant itself, asked in words that are nearly all function words. */
export const ABOUT: FaqEntry = {
  id: 'tro-ly-thu',
  category: 'về trợ lý',
  question: 'Trợ lý thử nghiệm làm được gì?',
  paraphrases: ['bạn có thể giúp gì'],
  answer: 'Trợ lý thử nghiệm trả lời câu hỏi về thủ tục trong bộ tri thức có ghi nguồn.',
  answerSources: ['nguon'],
  sources: [SOURCE],
  verifiedAt: '2026-11-20',
};

export const MOVED: RoutingEntry = {
  id: 'phong-cu',
  topic: 'Phòng chuyên môn cấp huyện thử nghiệm',
  keywords: ['phòng thử nghiệm huyện'],
  formerBody: 'Phòng thử nghiệm cấp huyện',
  currentBody: 'UBND cấp xã',
  effectiveFrom: '2025-07-01',
  answer: 'Từ 01/7/2025 việc này do UBND cấp xã giải quyết.',
  answerSources: ['nguon'],
  sources: [SOURCE],
  verifiedAt: '2026-11-20',
};

export const REFERRAL: RoutingEntry = {
  id: 'che-do-thu-bhxh',
  topic: 'Chế độ thử nghiệm do bảo hiểm xã hội chi trả',
  keywords: ['chế độ thử nghiệm'],
  formerBody: 'Sở Nội vụ (người dân thường hỏi nhầm)',
  currentBody: 'cơ quan Bảo hiểm xã hội',
  effectiveFrom: 'unknown',
  answer: 'Chế độ thử nghiệm do cơ quan Bảo hiểm xã hội nơi đóng bảo hiểm giải quyết.',
  answerSources: ['nguon'],
  sources: [SOURCE],
  verifiedAt: '2026-11-20',
  referral: true,
};

export function syntheticEngine(): ChatEngine {
  const knowledge = { procedures: [HOI, TRUNG_UONG, QUY, ...QUY_FAMILY], faq: [FAQ, ABOUT], routing: [MOVED, REFERRAL] };
  const chunks = [...PLAN_CHUNKS, ...withChunkIds(knowledgeToChunkDrafts(knowledge))];
  return createChatEngine({ retriever: new Retriever({ chunks, thesaurus: EMPTY_THESAURUS }), catalog: fixtureCatalog(knowledge.procedures), faq: knowledge.faq, routing: knowledge.routing, channels: [] });
}
