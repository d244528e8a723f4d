/** Follow-up reading: which questions lean on the conversation, which name a subject of their own, what they carry. */
import { describe, expect, it } from 'vitest';
import { followUpEvidenceText, isElliptical, withBodySwapped, withProvinceSwapped, withTimeSwapped, pointsBack, procedurePointedAt, resolveFollowUp, subjectSyllables, topicOf, withCarriedAsks } from '../../src/chat/conversation-focus';
import { aspectsAsked } from '../../src/chat/aspect-words';
import { analyzeQuestion } from '../../src/chat/question-analysis';
import { syntheticRecord } from './procedure-records';

const PROVINCES = ['Khánh Hòa', 'Lào Cai', 'Thái Nguyên', 'Đắk Lắk'];
const read = (question: string) => analyzeQuestion(question, (text) => PROVINCES.filter((name) => text.includes(name)));

describe('isElliptical', () => {
  it.each([
    'Thời hạn giải quyết?',
    'Mất mấy ngày?',
    'Phí bao nhiêu tiền?',
    'Cơ quan nào phối hợp thực hiện?',
    'Hạn chót là khi nào?',
    'Đắk Lắk thì tỷ lệ là bao nhiêu?',
    'Năm 2024 thì sao?',
    'Nộp hồ sơ qua đâu?',
    'Vậy giấy phép đó cấp ở đâu?',
  ])('%s leans on the conversation', (question) => {
    expect(isElliptical(read(question), PROVINCES)).toBe(true);
  });

  it.each(['Sở Y tế có trách nhiệm gì?', 'Đổi tên hội cần giấy tờ gì?', 'Chỉ tiêu về hóa đơn điện tử là bao nhiêu?'])('%s names its own subject', (question) => {
    expect(isElliptical(read(question), PROVINCES)).toBe(false);
  });
});

describe('subjectSyllables and pointsBack', () => {
  it('keeps the subject and drops the asking words, the province and the fillers', () => {
    expect(subjectSyllables(read('Còn ở Lào Cai thì sao?'), PROVINCES)).toEqual([]);
    expect(subjectSyllables(read('Còn dữ liệu tôn giáo?'), PROVINCES)).toEqual(['du', 'lieu', 'ton', 'giao']);
  });

  it('reads a demonstrative after a noun, with or without tone marks, but not the preposition "do"', () => {
    expect(pointsBack(read('Nhiệm vụ này do ai chủ trì?'))).toBe(true);
    expect(pointsBack(read('thu tuc do mat bao lau'))).toBe(true);
    expect(pointsBack(read('Việc số hóa do cơ quan nào chủ trì?'))).toBe(false);
  });
});

describe('topicOf', () => {
  it('drops a province named in full but keeps the same syllable inside another word', () => {
    expect(topicOf('Hợp đồng lao động ở Lào Cai triển khai thế nào?', PROVINCES)).toBe('Hợp đồng lao động triển khai');
  });
});

describe('followUpEvidenceText', () => {
  it('keeps the follow-up\'s subject and the carried topic, not the words that only ask', () => {
    const text = ` ${followUpEvidenceText('Đắk Lắk đặt tỷ lệ bao nhiêu?', 'số hóa hồ sơ công chức')} `;
    expect(text).toContain(' dak lak ');
    expect(text).toContain(' so hoa ho so cong chuc ');
    expect(text).not.toMatch(/ (dat|ty le) /u);
    expect(followUpEvidenceText('Còn Sở Y tế?', undefined)).toBe('con so y te');
  });

  it('keeps "Nội vụ" whole in a topic', () => {
    expect(topicOf('Kế hoạch chuyển đổi số ngành Nội vụ có bao nhiêu nhiệm vụ?', PROVINCES)).toContain('Nội vụ');
  });
});

describe('resolveFollowUp', () => {
  const focus = { province: 'Thái Nguyên', topic: 'Công an trách nhiệm', docId: 'thai-nguyen-kh-350' };

  it('adds the carried topic to a question without a subject and keeps the province', () => {
    const resolved = resolveFollowUp({ ...read('Còn hạn chót thì sao?'), followUp: true }, focus, PROVINCES);
    expect(resolved.retrievalText).toContain('Công an trách nhiệm');
    expect(resolved.province).toBe('Thái Nguyên');
    expect(resolved.ownSubject).toBeUndefined();
  });

  it('lets a new subject replace the carried topic, keeping the province', () => {
    const resolved = resolveFollowUp({ ...read('Còn Sở Y tế?'), followUp: true }, focus, PROVINCES);
    expect(resolved.retrievalText).not.toContain('Công an');
    expect(resolved.province).toBe('Thái Nguyên');
    expect(resolved.ownSubject).toBe(true);
  });

  it('keeps the topic when the new words point back at it ("giấy phép đó")', () => {
    const resolved = resolveFollowUp({ ...read('Còn gia hạn giấy phép đó?'), followUp: true }, focus, PROVINCES);
    expect(resolved.retrievalText).toContain('Công an trách nhiệm');
  });
});

describe('withCarriedAsks', () => {
  const focus = { topic: 'x', wants: ['deadline' as const], aspects: ['fee' as const] };

  it('asks again for what the last question asked when the follow-up asks for nothing', () => {
    const carried = withCarriedAsks({ ...read('Còn ở Lào Cai thì sao?'), followUp: true }, focus);
    expect(carried.wants).toEqual(['deadline']);
    expect(carried.aspects).toEqual(['fee']);
  });

  it('keeps the follow-up\'s own ask, and leaves a question that is no follow-up alone', () => {
    expect(withCarriedAsks({ ...read('Còn cơ quan nào chủ trì?'), followUp: true }, focus).wants).toContain('lead_agency');
    expect(withCarriedAsks({ ...read('Còn cơ quan nào chủ trì?'), followUp: true }, focus).wants).not.toContain('deadline');
    expect(withCarriedAsks({ ...read('Sở Y tế có trách nhiệm gì?'), followUp: false }, focus).wants).toEqual([]);
  });
});

describe('procedurePointedAt', () => {
  const issueA = syntheticRecord({ id: 'cap-a', name: 'Cấp thẻ hành nghề cho hướng dẫn viên du lịch biển' });
  const renewA = syntheticRecord({ id: 'cap-lai-a', name: 'Cấp lại thẻ hành nghề cho hướng dẫn viên du lịch biển' });
  const renewB = syntheticRecord({ id: 'cap-lai-b', name: 'Cấp lại thẻ hành nghề kế toán' });

  it('takes, among the records the words name, the one closest to the procedure under discussion', () => {
    const pointed = procedurePointedAt({ record: renewB, phrase: 'cap lai the hanh nghe', partial: true }, issueA, [issueA, renewA, renewB]);
    expect(pointed.record.id).toBe('cap-lai-a');
  });

  it('keeps the plain match when no record is closer', () => {
    const pointed = procedurePointedAt({ record: renewB, phrase: 'cap lai the hanh nghe ke toan' }, issueA, [issueA, renewA, renewB]);
    expect(pointed.record.id).toBe('cap-lai-b');
  });
});

describe('asking words', () => {
  it('reads "chiếm bao nhiêu" as a share and "ai là người nộp" as who may apply', () => {
    expect(read('Dịch vụ số chiếm bao nhiêu GRDP?').wants).toContain('percent');
    expect(aspectsAsked('ai là người nộp hồ sơ thủ tục này')).toContain('eligibility');
    expect(aspectsAsked('nộp hồ sơ cho ai')).not.toContain('eligibility');
  });
});

describe('withBodySwapped', () => {
  const previous = 'Theo kế hoạch của Đắk Lắk, Văn phòng Sở có trách nhiệm gì?';

  it('asks the previous question again about the body a bare follow-up names, typed in any case', () => {
    expect(withBodySwapped('Còn Sở Y tế?', previous)).toBe('Theo kế hoạch của Đắk Lắk, Sở Y tế có trách nhiệm gì?');
    expect(withBodySwapped('vậy còn công an tỉnh thì sao?', previous)).toBe('Theo kế hoạch của Đắk Lắk, công an tỉnh có trách nhiệm gì?');
    expect(withBodySwapped('Còn Sở Khoa học và Công nghệ?', 'Sở Nội vụ chủ trì những nhiệm vụ nào?')).toBe('Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào?');
  });

  it('reads "số" (digital) as no "Sở", and a name typed without tone marks', () => {
    expect(withBodySwapped('con cong an tinh', 'Kế hoạch chuyển đổi số Hà Giang giao Sở Y tế nhiệm vụ gì?')).toBe('Kế hoạch chuyển đổi số Hà Giang giao cong an tinh nhiệm vụ gì?');
  });

  it('leaves a follow-up that says more than a name, or a previous question without a body', () => {
    expect(withBodySwapped('Còn Sở Y tế phải làm gì?', previous)).toBeUndefined();
    expect(withBodySwapped('Còn lệ phí?', previous)).toBeUndefined();
    expect(withBodySwapped('Còn Sở Y tế?', 'Thủ tục thành lập hội mất bao lâu?')).toBeUndefined();
    expect(withBodySwapped('Còn Sở Y tế?', undefined)).toBeUndefined();
  });
});

describe('withProvinceSwapped', () => {
  const previous = 'Ở Khánh Hòa, việc số hóa hồ sơ phải xong khi nào?';

  it('asks the previous question again about the province a bare follow-up names, with or without tone marks', () => {
    expect(withProvinceSwapped('Còn ở Lào Cai thì sao?', previous, PROVINCES)).toBe('Ở Lào Cai, việc số hóa hồ sơ phải xong khi nào?');
    expect(withProvinceSwapped('con tinh dak lak', previous, PROVINCES)).toBe('Ở dak lak, việc số hóa hồ sơ phải xong khi nào?');
  });

  it('leaves a follow-up that says more, the same province, or a previous question naming none', () => {
    expect(withProvinceSwapped('Lào Cai có nhiệm vụ đó không?', previous, PROVINCES)).toBeUndefined();
    expect(withProvinceSwapped('Còn Khánh Hòa?', previous, PROVINCES)).toBeUndefined();
    expect(withProvinceSwapped('Còn Lào Cai?', 'Việc số hóa hồ sơ phải xong khi nào?', PROVINCES)).toBeUndefined();
  });
});

describe('withTimeSwapped', () => {
  it('asks the previous question again about the year or quarter a bare follow-up names', () => {
    expect(withTimeSwapped('Còn năm 2028 thì sao?', 'Sở Nội vụ chủ trì những việc nào xong năm 2027?')).toBe('Sở Nội vụ chủ trì những việc nào xong năm 2028?');
    expect(withTimeSwapped('quý 4 thì sao', 'Những việc nào phải xong trong quý III/2027?')).toBe('Những việc nào phải xong trong quý 4/2027?');
  });

  it('leaves the year in a plan\'s name, a follow-up that says more, and a question with no time', () => {
    expect(withTimeSwapped('Còn năm 2028?', 'Kế hoạch chuyển đổi số năm 2027 giao những việc nào trong quý II?')).toBeUndefined();
    expect(withTimeSwapped('Còn năm 2028 ở Hà Giang?', 'Những việc nào xong năm 2027?')).toBeUndefined();
    expect(withTimeSwapped('Còn năm 2028?', 'Những việc nào do Sở Nội vụ chủ trì?')).toBeUndefined();
  });
});
