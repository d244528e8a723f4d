/** The analytics panel of /quan-tri: figures by audience, guards and refusal reasons, two small charts, coverage gaps, top questions and CSV downloads. */
import type { AnalyticsReport } from '../services/analytics';
import type { QuestionCluster } from '../services/question-clusters';
import { createElement } from '../widget/create-element';
import { callApi, callJson } from './console-session';
import { barChart, rateChart } from './svg-chart';

const days = document.getElementById('analytics-days') as HTMLSelectElement;
const audience = document.getElementById('analytics-audience') as HTMLSelectElement;
const output = document.getElementById('analytics') as HTMLElement;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);

function clusterList(title: string, clusters: QuestionCluster[]): HTMLElement {
  return createElement('section', {}, [
    createElement('h3', {}, [title]),
    clusters.length === 0
      ? createElement('p', {}, ['Không có.'])
      : createElement('ol', {}, clusters.map((cluster) => createElement('li', {}, [`${cluster.representative} `, createElement('span', { class: 'count' }, [`(${cluster.count} lần)`]), cluster.variants.length > 0 ? createElement('small', {}, [` Cách hỏi khác: ${cluster.variants.join(' | ')}`]) : null]))),
  ]);
}

const REFUSAL_LABELS: Record<string, string> = {
  no_sources: 'Chưa có tài liệu để trả lời',
  out_of_domain: 'Ngoài lĩnh vực Nội vụ',
  other_agency: 'Thủ tục của cơ quan khác (đã chỉ dẫn nơi giải quyết)',
  unknown_province_or_document: 'Tỉnh hoặc văn bản chưa có trong dữ liệu',
  injection: 'Bị chặn: yêu cầu thay đổi nguyên tắc của trợ lý',
};

/** Citizens and staff side by side, whichever audience the figures below are filtered on. */
function audienceTable(report: AnalyticsReport): HTMLElement {
  const row = (label: string, figures: AnalyticsReport['byAudience']['public']) =>
    createElement('tr', {}, [createElement('th', { scope: 'row' }, [label]), ...[String(figures.questions), percent(figures.refusalRate), String(figures.injectionBlocked), String(figures.guardInterventions)].map((value) => createElement('td', {}, [value]))]);
  return createElement('table', {}, [
    createElement('caption', {}, ['Theo đối tượng']),
    createElement('thead', {}, [createElement('tr', {}, ['Đối tượng', 'Câu hỏi', 'Tỷ lệ từ chối', 'Chặn do cố ý thay đổi nguyên tắc', 'Can thiệp kiểm tra trích dẫn'].map((heading) => createElement('th', { scope: 'col' }, [heading])))]),
    createElement('tbody', {}, [row('Người dân', report.byAudience.public), row('Cán bộ', report.byAudience.staff)]),
  ]);
}

/** The analytics route adds hand-offs by topic and channel to the usage report. */
type ReportWithHandoffs = AnalyticsReport & { handoffs?: Array<{ topic: string; channel: string; count: number }> };

function countList(title: string, items: Array<{ label: string; count: number }>): HTMLElement {
  return createElement('section', {}, [
    createElement('h3', {}, [title]),
    items.length === 0 ? createElement('p', {}, ['Không có.']) : createElement('ul', {}, items.map((item) => createElement('li', {}, [`${item.label}: ${item.count}`]))),
  ]);
}

function render(report: ReportWithHandoffs): void {
  const { totals, satisfaction } = report;
  const figures: Array<[string, string]> = [
    ['Câu hỏi', String(totals.questions)],
    ['Phiên hỏi đáp', String(totals.sessions)],
    ['Tỷ lệ từ chối', percent(totals.refusalRate)],
    ['Độ tin cậy thấp', String(totals.lowConfidence)],
    ['Dự phòng khi LLM lỗi', String(totals.fallbacks)],
    ['Can thiệp của bộ kiểm tra trích dẫn', `${totals.guardInterventions} (${totals.answersWithGuardIntervention} câu trả lời)`],
    ['Câu hỏi bị chặn do cố ý thay đổi nguyên tắc', String(totals.injectionBlocked)],
    ['Mức hài lòng', `${percent(satisfaction.rate)} (${satisfaction.up} hài lòng, ${satisfaction.down} chưa hài lòng; mục tiêu ${percent(satisfaction.target)})`],
  ];
  const perDay = report.perDay.map((day) => ({ label: day.date, value: day.questions }));
  const ratePerDay = report.perDay.map((day) => ({ label: day.date, value: day.feedbackUp + day.feedbackDown > 0 ? day.feedbackUp / (day.feedbackUp + day.feedbackDown) : null }));
  output.replaceChildren(
    audienceTable(report),
    createElement('dl', { class: 'figures' }, figures.flatMap(([term, value]) => [createElement('dt', {}, [term]), createElement('dd', {}, [value])])),
    countList('Lý do từ chối', report.refusalReasons.map((item) => ({ label: REFUSAL_LABELS[item.reason] ?? item.reason, count: item.count }))),
    countList('Dự phòng khi LLM lỗi, theo loại lỗi', report.fallbackKinds.map((item) => ({ label: item.kind, count: item.count }))),
    createElement('h3', {}, ['Số câu hỏi mỗi ngày']),
    barChart(perDay, `Số câu hỏi mỗi ngày: ${perDay.map((point) => `${point.label} ${point.value}`).join(', ')}`),
    createElement('h3', {}, ['Mức hài lòng mỗi ngày so với mục tiêu 95%']),
    rateChart(ratePerDay, satisfaction.target, `Mức hài lòng mỗi ngày, mục tiêu ${percent(satisfaction.target)}; tổng ${percent(satisfaction.rate)}`),
    clusterList('Câu hỏi bị từ chối (thiếu dữ liệu, nên bổ sung vào knowledge/)', report.coverageGaps.unanswered),
    clusterList('Câu hỏi có độ tin cậy thấp', report.coverageGaps.lowConfidence),
    clusterList('Câu hỏi thường gặp', report.topQuestions),
    createElement('h3', {}, ['Thủ tục được hỏi nhiều']),
    createElement('ol', {}, report.topProcedures.map((procedure) => createElement('li', {}, [`${procedure.procedureId} (${procedure.count} lần)`]))),
    countList(
      'Yêu cầu gặp cán bộ, theo chủ đề',
      (report.handoffs ?? []).map((item) => ({ label: `${item.topic || 'Chưa rõ chủ đề'} (${item.channel === 'zalo' ? 'Zalo' : 'trang web'})`, count: item.count })),
    ),
  );
}

function query(): string {
  return `days=${encodeURIComponent(days.value)}&audience=${encodeURIComponent(audience.value)}`;
}

export async function refreshAnalytics(): Promise<void> {
  render(await callJson<ReportWithHandoffs>(`/api/admin/analytics?${query()}`));
}

/** A plain link cannot carry the bearer token, so the CSV is fetched and handed to the browser as a file. */
async function download(table: string, button: HTMLButtonElement): Promise<void> {
  const response = await callApi(`/api/admin/analytics.csv?${query()}&table=${table}`);
  const url = URL.createObjectURL(await response.blob());
  const link = createElement('a', { href: url, download: `thong-ke-${table}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  button.focus();
}

export function setUpAnalytics(): void {
  days.addEventListener('change', () => void refreshAnalytics().catch((error: Error) => (output.textContent = error.message)));
  audience.addEventListener('change', () => void refreshAnalytics().catch((error: Error) => (output.textContent = error.message)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-csv]')) {
    button.addEventListener('click', () => void download(button.dataset.csv ?? 'daily', button).catch((error: Error) => (output.textContent = error.message)));
  }
}
