import { describe, expect, it } from 'vitest';
import { currencyFlags, normaliseNumber, type Replacement } from '../../src/knowledge/replacements';
import { sampleRecord } from './fixtures';

const replacement: Replacement = { replaced: '45/2010/NĐ-CP', by: '126/2024/NĐ-CP', from: '2024-11-26', note: 'hội', source: { title: 'nguồn' } };

describe('currencyFlags', () => {
  it('flags a record that is not outdated but rests on a replaced text, whatever the number spelling', () => {
    expect(normaliseNumber('Nghị định số 045/2010/nđ-cp')).toBe(normaliseNumber('45/2010/NĐ-CP'));
    const record = sampleRecord({ legalBasis: [{ number: 'Nghị định 45/2010/NĐ-CP', date: 'unknown', title: 'Về hội', source: 'nd219' }] });
    expect(currencyFlags([record], [replacement], '2026-12-07')).toEqual([expect.objectContaining({ id: record.id, kind: 'replaced-basis' })]);
    expect(currencyFlags([{ ...record, status: 'outdated' }], [replacement], '2026-12-07')).toEqual([]);
  });

  it('flags a caveat whose re-check date has passed, not one still ahead', () => {
    const record = sampleRecord({ caveats: [{ text: 'Phân cấp đến 01/3/2027.', until: '2027-03-01', source: 'nd219' }] });
    expect(currencyFlags([record], [], '2027-02-28')).toEqual([]);
    expect(currencyFlags([record], [], '2027-03-01')).toEqual([expect.objectContaining({ kind: 'caveat-expired' })]);
  });
});
