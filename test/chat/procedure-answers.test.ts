/**
 * Procedure answers through the whole engine, on synthetic records worded apart from any eval question: the record
 * chosen, the sentence that states what was asked, and a referral that yields to a record we hold.
 */
import { describe, expect, it } from 'vitest';
import { procedureEngine, referralEntry } from './procedure-engine-fixture';
import { known, syntheticRecord } from './procedure-records';

const RETRAIN = syntheticRecord({
  id: 'huong-tro-cap-chuyen-doi-nghe',
  name: 'Hưởng trợ cấp chuyển đổi nghề nghiệp sau tinh giản',
  implementingAgency: known('Bảo hiểm xã hội tỉnh'),
  carriedOutBy: 'bảo hiểm xã hội',
  detail: 'full',
  processingTime: known('06 ngày làm việc'),
  steps: known(['Bước 1: Người lao động nộp hồ sơ cho cơ quan bảo hiểm xã hội trong thời hạn 50 ngày kể từ ngày có quyết định tinh giản.', 'Bước 2: Cơ quan bảo hiểm xã hội giải quyết và chi trả.']),
});

describe('a referral yields to a record of that body we hold in full', () => {
  const ask = procedureEngine([RETRAIN], [referralEntry('chuyen-doi-nghe', ['chuyển đổi nghề nghiệp'], 'cơ quan Bảo hiểm xã hội')]);

  it('answers the aspect asked and says who carries it out', async () => {
    const result = await ask('Làm trợ cấp chuyển đổi nghề nghiệp sau tinh giản thì bao lâu có kết quả?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('06 ngày làm việc');
    expect(result.answer).toContain('Bảo hiểm xã hội');
  });

  it('still refers a question on the topic that no record answers', async () => {
    const result = await ask('Chuyển đổi nghề nghiệp có được ai hướng dẫn không?');
    expect(result.refused).toBe(true);
    expect(result.refusalReason).toBe('other_agency');
  });
});

describe('a question that describes a situation instead of naming the procedure', () => {
  const chosen = syntheticRecord({
    id: 'tro-cap-hoc-nghe-tu-chon',
    name: 'Hưởng trợ cấp học nghề đối với người tham gia bảo hiểm tự chọn',
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('04 ngày làm việc'),
  });
  const compulsory = syntheticRecord({
    id: 'tro-cap-hoc-nghe-bat-buoc',
    name: 'Hưởng trợ cấp học nghề đối với người tham gia bảo hiểm bắt buộc',
    implementingAgency: known('Sở Nội vụ'),
    processingTime: known('09 ngày làm việc'),
  });
  const ask = procedureEngine([compulsory, chosen]);

  it('answers from the retrieved record whose name says the question best', async () => {
    const result = await ask('Tôi có tham gia bảo hiểm tự chọn, bây giờ xin nhận trợ cấp học nghề thì chờ mấy ngày?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('04 ngày làm việc');
    expect(result.answer).not.toContain('09 ngày làm việc');
  });
});
