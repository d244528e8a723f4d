import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../../src/protocol/chat-events';
import { renderAnswer } from '../../src/widget/render-answer';
import { renderCitationSource } from '../../src/widget/render-citation-source';
import { renderProcedureCard } from '../../src/widget/render-procedure-card';
import { defaultStrings } from '../../src/widget/widget-strings';
import { FakeElement, FakeText, fakeDocument } from './fake-document';

const citation: Citation = { n: 1, text: 'Trích dẫn', source: { docId: 'd1', title: 'Quyết định 350/QĐ-TTg', section: 'Điều 3', url: 'https://vanban.gov.vn/350' } };

function render(text: string, citations: Citation[] = [citation], onCitation = vi.fn()): FakeElement {
  return renderAnswer(text, citations, 'Nguồn số', onCitation) as unknown as FakeElement;
}

describe('safe rendering', () => {
  beforeEach(() => {
    vi.stubGlobal('document', fakeDocument);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps markup in an answer as inert text', () => {
    const answer = render('Xem <img src=x onerror=alert(1)> và <script>alert(2)</script>');
    expect(answer.find('img')).toEqual([]);
    expect(answer.find('script')).toEqual([]);
    expect(answer.textContent).toBe('Xem <img src=x onerror=alert(1)> và <script>alert(2)</script>');
    expect(answer.children.every((child) => child instanceof FakeText)).toBe(true);
  });

  it('turns known [n] markers into chips that open the citation', () => {
    const onCitation = vi.fn();
    const answer = render('Hồ sơ gồm tờ khai [1]. Thời hạn 5 ngày [2].', [citation], onCitation);
    const chips = answer.find('button');
    expect(chips).toHaveLength(1);
    expect(chips[0]?.textContent).toBe('1');
    expect(chips[0]?.getAttribute('aria-label')).toBe('Nguồn số 1: Quyết định 350/QĐ-TTg');
    // [2] has no citation, so it stays as text rather than pointing nowhere.
    expect(answer.textContent).toBe('Hồ sơ gồm tờ khai 1. Thời hạn 5 ngày [2].');
    chips[0]?.click();
    expect(onCitation).toHaveBeenCalledWith(citation, chips[0]);
  });

  it('shows the source with a link only for http(s) URLs', () => {
    const safe = renderCitationSource(citation, defaultStrings) as unknown as FakeElement;
    expect(safe.find('a')[0]?.getAttribute('href')).toBe('https://vanban.gov.vn/350');
    expect(safe.textContent).toContain('Điều 3');
    const hostile = { ...citation, source: { ...citation.source, title: '<b>x</b>', url: 'javascript:alert(1)' } };
    const rendered = renderCitationSource(hostile, defaultStrings) as unknown as FakeElement;
    expect(rendered.find('a')).toEqual([]);
    expect(rendered.textContent).toContain('<b>x</b>');
  });

  it('renders a procedure card without a javascript: link', () => {
    const card = renderProcedureCard(
      { id: 'p', code: '1.012345', name: 'Đăng ký <i>x</i>', fields: [{ label: 'Thời hạn', value: '5 ngày' }], url: 'javascript:alert(1)', status: 'Còn hiệu lực' },
      defaultStrings,
    ) as unknown as FakeElement;
    expect(card.find('a')).toEqual([]);
    expect(card.find('i')).toEqual([]);
    expect(card.find('dt').map((term) => term.textContent)).toEqual(['Mã thủ tục', 'Thời hạn']);
  });
});
