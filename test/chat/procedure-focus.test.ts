import { describe, expect, it } from 'vitest';
import { findProcedure, namedProcedure, withoutWords } from '../../src/chat/procedure-focus';
import type { Chunk, SearchHit } from '../../src/core/types';
import { createProcedureCatalog, type ProcedureCatalog } from '../../src/knowledge/procedure-catalog';
import type { ProcedureRecord } from '../../src/knowledge/procedure-schema';
import { known, syntheticRecord } from './procedure-records';

function record(id: string, name: string, status: ProcedureRecord['status'], aliases: string[] = []): ProcedureRecord {
  return syntheticRecord({ id, name, aliases, status });
}
function chunk(id: string, title: string): Chunk {
  return { id, docId: `procedure:${id}`, title, section: `Thủ tục › ${title}`, lineStart: 0, lineEnd: 0, scope: 'public', kind: 'procedure', procedureId: id, text: `Thủ tục ${title}.`, fields: {} };
}

const OLD = record('cchn-2011', 'Cấp, cấp lại chứng chỉ hành nghề lưu trữ (theo Luật Lưu trữ 2011)', 'outdated');
const NEW = record('cchn', 'Cấp, cấp lại Chứng chỉ hành nghề lưu trữ', 'uncertain');
const MAI_TANG = record('mai-tang', 'Giải quyết chế độ mai táng phí đối với dân công hoả tuyến', 'current', ['mai táng phí dân công hỏa tuyến']);
const catalog: ProcedureCatalog = { records: [OLD, NEW, MAI_TANG], lookup: () => undefined, card: (known) => ({ id: known.id, name: known.name, fields: [] }) };
const CHUNKS = [chunk(OLD.id, OLD.name), chunk(NEW.id, NEW.name), chunk(MAI_TANG.id, MAI_TANG.name)];
const hit = (target: Chunk, score: number): SearchHit => ({ chunk: target, score }) as SearchHit;
const resolved = { retrievalText: '', provinceFromFocus: false, usedFocus: false };

describe('findProcedure', () => {
  it('takes a current record over the outdated namesake at the top of the passages', () => {
    const question = 'xin chứng chỉ hành nghề mất bao lâu';
    const found = findProcedure({ question, named: undefined, resolved, followUp: false, hits: [hit(CHUNKS[0]!, 2), hit(CHUNKS[1]!, 1)], aspects: [], catalog });
    expect(found?.record.id).toBe('cchn');
  });

  it('keeps the conversation’s procedure on a follow-up that names none', () => {
    const found = findProcedure({ question: 'còn lệ phí thì sao?', named: undefined, resolved: { ...resolved, procedureId: 'mai-tang' }, followUp: true, hits: [], aspects: [], catalog });
    expect(found?.record.id).toBe('mai-tang');
  });

  it('reads the aspect without the words of the name', () => {
    const question = 'Mai táng phí dân công hoả tuyến nộp ở đâu?';
    const named = namedProcedure(question, catalog);
    const found = findProcedure({ question, named, resolved, followUp: false, hits: [], aspects: [], catalog });
    expect(found?.aspects).toEqual(['submitWhere']);
    expect(found?.carried).toBe(true);
  });
});

describe('a guessed record that knows none of the aspects asked', () => {
  const HOAT_DONG = syntheticRecord({ id: 'hoat-dong', name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động đo đạc bản đồ', implementingAgency: known('Sở Thử nghiệm') });
  const CAP_LAI = syntheticRecord({ id: 'cap-lai', name: 'Cấp lại chứng chỉ đo đạc viên đối với trường hợp bị mất', conditions: known('Chứng chỉ cũ bị mất.') });
  const CAP = syntheticRecord({ id: 'cap', name: 'Cấp chứng chỉ đo đạc viên', conditions: known('Có 02 năm kinh nghiệm đo đạc.') });
  const siblings = createProcedureCatalog([HOAT_DONG, CAP_LAI, CAP]);
  const hits = [HOAT_DONG, CAP_LAI, CAP].map((sibling, index) => hit(chunk(sibling.id, sibling.name), 3 - index));
  const question = 'Muốn làm đo đạc viên trong hoạt động đo đạc bản đồ thì cần điều kiện gì?';

  it('gives way to the retrieved sibling that knows them, the tighter name first', () => {
    const found = findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: siblings });
    expect(found?.record.id).toBe('cap');
  });

  it('stays when the question names it in full, or when nothing is asked', () => {
    const named = { record: HOAT_DONG, phrase: ' cap giay chung nhan du dieu kien hoat dong do dac ban do ' };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: siblings })?.record.id).toBe('hoat-dong');
    expect(findProcedure({ question: 'giấy chứng nhận hoạt động đo đạc bản đồ', named: undefined, resolved, followUp: false, hits, aspects: [], catalog: siblings })?.record.id).toBe('hoat-dong');
  });
});

describe('a guess for a hội or quỹ named by its own name', () => {
  const PROVINCE = syntheticRecord({ id: 'doi-ten-tinh', name: 'Quỹ đổi tên (cấp tỉnh)', implementingAgency: known('Ủy ban nhân dân cấp tỉnh'), receivingAgency: known('Sở Thử nghiệm') });
  const COMMUNE = syntheticRecord({ id: 'doi-ten-xa', name: 'Quỹ đổi tên (cấp xã)', implementingAgency: known('Ủy ban nhân dân cấp xã') });
  const CENTRAL = syntheticRecord({ id: 'doi-ten-tw', name: 'Quỹ đổi tên (cấp trung ương)', implementingAgency: known('Bộ Thử nghiệm') });
  const FARMING = syntheticRecord({ id: 'nong-dan', name: 'Hỗ trợ nông dân chăn nuôi gia cầm', implementingAgency: known('Ủy ban nhân dân cấp xã') });
  const records = [PROVINCE, COMMUNE, CENTRAL, FARMING];
  const family = createProcedureCatalog(records);
  const faq: Chunk = { ...chunk('faq', 'Nộp hồ sơ ở đâu?'), docId: 'faq:1', kind: 'faq', procedureId: undefined };
  const hits = [hit(faq, 5), ...[PROVINCE, FARMING, COMMUNE, CENTRAL].map((found, index) => hit(chunk(found.id, found.name), 4 - index))];
  const find = (question: string, aspects: Parameters<typeof findProcedure>[0]['aspects']) => findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects, catalog: family })?.record.id;

  it('keeps the quỹ record when the fund’s own name says words of another procedure', () => {
    expect(find('Quỹ hỗ trợ nông dân chăn nuôi của tỉnh muốn đổi tên thì ai giải quyết?', ['agency'])).toBe('doi-ten-tinh');
  });

  it('guesses from the first procedure passage when a general answer ranks above it', () => {
    expect(find('Quỹ khuyến học của tỉnh muốn đổi tên thì ai giải quyết?', ['agency'])).toBe('doi-ten-tinh');
  });

  it("guesses from the first procedure passage when a topic's routing entry ranks above it", () => {
    const routing: Chunk = { ...chunk('routing', 'Hội, quỹ'), docId: 'routing:hoi-quy', kind: 'routing', procedureId: undefined };
    const routed = [hit(routing, 6), ...hits.slice(1)];
    expect(findProcedure({ question: 'Quỹ khuyến học của tỉnh muốn đổi tên thì ai giải quyết?', named: undefined, resolved, followUp: false, hits: routed, aspects: ['agency'], catalog: family })?.record.id).toBe('doi-ten-tinh');
  });

  it('keeps to the level the question says, even where another level’s record knows more', () => {
    expect(find('Quỹ khuyến học do xã cấp phép muốn đổi tên thì nộp hồ sơ ở đâu?', ['submitWhere'])).toBe('doi-ten-xa');
    expect(find('Quỹ do Bộ cấp phép, hoạt động trong phạm vi toàn quốc muốn đổi tên thì ai giải quyết?', ['agency'])).toBe('doi-ten-tw');
  });

  it('reads the "hội" of "xã hội" as no organization', () => {
    const SOCIAL = syntheticRecord({ id: 'bhxh', name: 'Đổi tên sổ bảo hiểm xã hội', implementingAgency: known('Cơ quan thử nghiệm') });
    const MEMBERS = syntheticRecord({ id: 'hoi-vien', name: 'Hội đổi tên thẻ hội viên', implementingAgency: known('Hội thử nghiệm') });
    const pair = createProcedureCatalog([MEMBERS, SOCIAL]);
    const found = findProcedure({ question: 'doi ten so bao hiem xa hoi thi ai giai quyet', named: undefined, resolved, followUp: false, hits: [MEMBERS, SOCIAL].map((one, index) => hit(chunk(one.id, one.name), 2 - index)), aspects: ['agency'], catalog: pair });
    expect(found?.record.id).toBe('bhxh');
  });
});

describe('a record named only in part', () => {
  const notice = syntheticRecord({ id: 'bao-thu', name: 'Thông báo hằng tháng về việc tìm kiếm việc làm thử nghiệm', implementingAgency: known('Trung tâm thử nghiệm') });
  const update = syntheticRecord({ id: 'dieu-chinh-thu', name: 'Điều chỉnh thông tin đăng ký lao động thử nghiệm khi không còn tìm kiếm việc làm', implementingAgency: known('Ủy ban nhân dân cấp xã') });
  const family = createProcedureCatalog([notice, update]);
  const hits = [update, notice].map((one, index) => hit(chunk(one.id, one.name), 2 - index));
  const question = 'Tôi ở nhà không tìm kiếm việc làm nữa, muốn điều chỉnh thông tin đăng ký lao động thử nghiệm thì làm ở đâu?';

  it('gives way to the first-ranked record whose name says clearly more of the question', () => {
    const named = { record: notice, phrase: 'tim kiem viec lam thu nghiem', partial: true };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['submitWhere'], catalog: family })?.record.id).toBe('dieu-chinh-thu');
  });

  it('stays when named in full', () => {
    const named = { record: notice, phrase: 'thong bao hang thang ve viec tim kiem viec lam thu nghiem' };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['submitWhere'], catalog: family })?.record.id).toBe('bao-thu');
  });
});

describe('a record named in part that gives way to another kind of organization', () => {
  const association = syntheticRecord({ id: 'hoi-tro-lai-tinh', name: 'Cho phép hội thử nghiệm hoạt động trở lại (cấp tỉnh)' });
  const fundCommune = syntheticRecord({ id: 'quy-tro-lai-xa', name: 'Cho phép quỹ thử nghiệm hoạt động trở lại (cấp xã)' });
  const fundProvince = syntheticRecord({ id: 'quy-tro-lai-tinh', name: 'Cho phép quỹ thử nghiệm hoạt động trở lại (cấp tỉnh)' });
  const family = createProcedureCatalog([association, fundCommune, fundProvince]);
  const hits = [fundCommune, fundProvince, association].map((one, index) => hit(chunk(one.id, one.name), 3 - index));

  it('keeps to the level the question says', () => {
    const question = 'Quỹ thử nghiệm cấp tỉnh bên tôi muốn hoạt động trở lại, xin mã số?';
    const named = { record: association, phrase: 'thu nghiem hoat dong tro lai', partial: true };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['code'], catalog: family })?.record.id).toBe('quy-tro-lai-tinh');
  });
});

describe('a named re-issue beside the first issue', () => {
  const first = syntheticRecord({ id: 'cap-thu', name: 'Cấp giấy phép thử nghiệm cho công dân nước A', conditions: known('Là công dân nước A.') });
  const again = syntheticRecord({ id: 'cap-lai-thu', name: 'Cấp lại giấy phép thử nghiệm cho công dân nước A', aliases: ['Cấp lại giấy phép thử nghiệm'] });
  const family = createProcedureCatalog([first, again]);
  const hits = [first, again].map((one, index) => hit(chunk(one.id, one.name), 2 - index));

  it('stays the re-issue the question types, though only the first issue knows what is asked', () => {
    const question = 'Khi nào công dân nước A được cấp lại giấy phép thử nghiệm?';
    const named = { record: again, phrase: 'cap lai giay phep thu nghiem', alias: true };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: family })?.record.id).toBe('cap-lai-thu');
  });

  it('gives way to the first issue when the question does not say "cấp lại"', () => {
    const question = 'Khi nào công dân nước A được cấp giấy phép thử nghiệm?';
    const named = { record: again, phrase: 'giay phep thu nghiem', alias: true, partial: true };
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: family })?.record.id).toBe('cap-thu');
  });
});

describe('a guess at the level the question says', () => {
  // The commune's everyday phrases say more of the question than the province's name does.
  const commune = { ...syntheticRecord({ id: 'hop-nhat-thu-xa', name: 'Hợp nhất quỹ thử nghiệm', level: known('xã' as const) }), phrases: ['hai quỹ thử nghiệm gộp lại', 'hai quỹ thử nghiệm muốn hợp nhất'] };
  const province = syntheticRecord({ id: 'hop-nhat-thu-tinh', name: 'Hợp nhất, mở rộng phạm vi hoạt động quỹ thử nghiệm (cấp tỉnh)', level: known('tỉnh' as const) });
  const family = createProcedureCatalog([commune, province]);
  const hits = [commune, province].map((one, index) => hit(chunk(one.id, one.name), 2 - index));

  it('takes the record at that level whose name holds all of the first-ranked one', () => {
    const question = 'Hai quỹ thử nghiệm cấp tỉnh muốn hợp nhất thì ai giải quyết?';
    expect(findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['agency'], catalog: family })?.record.id).toBe('hop-nhat-thu-tinh');
    expect(findProcedure({ question: 'Hai quỹ thử nghiệm ở xã muốn hợp nhất thì ai giải quyết?', named: undefined, resolved, followUp: false, hits, aspects: ['agency'], catalog: family })?.record.id).toBe('hop-nhat-thu-xa');
  });
});

describe('a question saying the person has meritorious service', () => {
  const merit = syntheticRecord({ id: 'huong-lai-thu', name: 'Hưởng lại chế độ ưu đãi thử nghiệm', field: 'Người có công', code: known('9.000001') });
  const benefit = syntheticRecord({ id: 'tiep-tuc-thu', name: 'Tiếp tục hưởng trợ cấp thử nghiệm', field: 'Việc làm', code: known('9.000002') });
  const family = createProcedureCatalog([merit, benefit]);
  const hits = [merit, benefit].map((one, index) => hit(chunk(one.id, one.name), 2 - index));
  const ask = (question: string) => findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['code'], catalog: family })?.record.id;

  it('keeps the first-ranked record of that field before another field\'s whose name reads the rest', () => {
    expect(ask('Bà tôi là người có công, bị ngừng trợ cấp thử nghiệm, nay muốn nhận lại, xin mã thủ tục?')).toBe('huong-lai-thu');
  });

  it('lets the other field\'s record win when the question says no such person', () => {
    expect(ask('Tôi bị ngừng trợ cấp thử nghiệm, nay muốn nhận lại, xin mã thủ tục?')).toBe('tiep-tuc-thu');
  });
});

describe('a name said beside a fuller sibling', () => {
  const found = syntheticRecord({ id: 'thanh-lap-thu', name: 'Thành lập hội thử nghiệm', aliases: ['lập hội thử nghiệm'], implementingAgency: known('Sở Thử nghiệm') });
  // The fuller sibling's everyday phrases say more of the question than the shorter name does.
  const campaign = { ...syntheticRecord({ id: 'ban-van-dong-thu', name: 'Công nhận ban vận động thành lập hội thử nghiệm', implementingAgency: known('Ủy ban thử nghiệm') }), phrases: ['hội cựu giáo viên muốn thành lập hội thử nghiệm', 'ai lo việc thành lập hội cựu giáo viên'] };
  const family = createProcedureCatalog([found, campaign]);
  const hits = [campaign, found].map((one, index) => hit(chunk(one.id, one.name), 2 - index));
  const named = { record: found, phrase: 'lap hoi thu nghiem', alias: true };

  it('stays the shorter name when the question types none of what the fuller adds', () => {
    const question = 'Các cựu giáo viên muốn thành lập riêng một hội thử nghiệm, ai giải quyết?';
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['agency'], catalog: family })?.record.id).toBe('thanh-lap-thu');
  });

  it('gives way to the fuller sibling when the question types what it adds', () => {
    const question = 'Các cựu giáo viên đã có ban vận động thành lập riêng một hội thử nghiệm, ai giải quyết?';
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['agency'], catalog: family })?.record.id).toBe('ban-van-dong-thu');
  });
});

describe('a guessed hội record that knows nothing asked', () => {
  const congress = syntheticRecord({ id: 'dai-hoi-thu', name: 'Thông báo kết quả đại hội hội thử nghiệm (cấp tỉnh)' });
  const dissolve = syntheticRecord({ id: 'giai-the-thu', name: 'Hội thử nghiệm tự giải thể (cấp tỉnh)', fees: known('Không') });
  const illness = syntheticRecord({ id: 'benh-thu', name: 'Chế độ bệnh nghề nghiệp thử nghiệm của người lao động', fees: known('Không') });
  const family = createProcedureCatalog([congress, dissolve, illness]);
  const hits = [congress, illness, dissolve].map((one, index) => hit(chunk(one.id, one.name), 3 - index));

  it('gives way to a sibling for the hội the question names, not to a record for no hội', () => {
    const question = 'Hội nghề nghiệp thử nghiệm của tỉnh vừa đại hội quyết nghị giải tán, nộp hồ sơ có mất lệ phí không?';
    expect(findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['fee'], catalog: family })?.record.id).toBe('giai-the-thu');
  });
});

describe('a question denying what sets a record apart', () => {
  const last = syntheticRecord({ id: 'lan-cuoi-thu', name: 'Khám thử nghiệm lần cuối của đối tượng', code: known('9.000011') });
  const plain = syntheticRecord({ id: 'kham-thu', name: 'Khám thử nghiệm của đối tượng', code: known('9.000010') });
  const family = createProcedureCatalog([last, plain]);
  const hits = [last, plain].map((one, index) => hit(chunk(one.id, one.name), 2 - index));

  it('takes the sibling whose name is the denied one without the denied words', () => {
    const question = 'Khám thử nghiệm (không phải lần cuối) của đối tượng, xin mã thủ tục?';
    expect(findProcedure({ question, named: undefined, resolved, followUp: false, hits, aspects: ['code'], catalog: family })?.record.id).toBe('kham-thu');
  });
});

describe('the question without the name it says', () => {
  const name = 'doi noi nhan tro cap thu nghiem';

  it('takes out the name said as written', () => {
    expect(withoutWords(' xin doi noi nhan tro cap thu nghiem thi mat bao lau ', name)).toBe(' xin thi mat bao lau ');
  });

  it('takes out the stretches of name words said apart, and keeps a name word standing alone among others', () => {
    // "cap" of "duoc cap giay gi" and "noi" of "ha noi" are the question's own words, not the name's.
    const rest = withoutWords(' toi nhan tro cap o ha noi nay xin doi noi thi duoc cap giay gi ', name);
    expect(rest).toBe(' toi o ha noi nay xin thi duoc cap giay gi ');
  });
});

describe('a name matched in part', () => {
  const amend = record('dieu-chinh-cap-lai-thu', 'Điều chỉnh thông tin Giấy phép; cấp lại Giấy phép mở lớp thử nghiệm cho học viên', 'current');
  const issue = record('cap-thu', 'Cấp Giấy phép mở lớp thử nghiệm cho học viên Việt Nam theo hợp đồng', 'current');
  const pair = createProcedureCatalog([amend, issue]);
  const hits = [hit(chunk(issue.id, issue.name), 2), hit(chunk(amend.id, amend.name), 1)];
  const named = { record: amend, phrase: 'giay phep mo lop thu nghiem cho hoc vien', partial: true };

  it('gives way to the top record whose opening act the question says ("xin giấy phép" for "Cấp Giấy phép")', () => {
    const question = 'Trung tâm chúng tôi định xin giấy phép mở lớp thử nghiệm cho học viên, phải đủ điều kiện gì?';
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: pair })?.record.id).toBe('cap-thu');
  });

  it('keeps it when the question says its opening act', () => {
    const question = 'Trung tâm chúng tôi định điều chỉnh thông tin giấy phép mở lớp thử nghiệm cho học viên, phải đủ điều kiện gì?';
    expect(findProcedure({ question, named, resolved, followUp: false, hits, aspects: ['eligibility'], catalog: pair })?.record.id).toBe('dieu-chinh-cap-lai-thu');
  });
});
