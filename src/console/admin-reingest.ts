/** The re-ingest panel of /quan-tri: start a rebuild, follow its state, show the ingest report or why it failed. */
import type { ReingestStatus } from '../ports/admin-service';
import { createElement } from '../widget/create-element';
import { callJson } from './console-session';
import { refreshDocuments } from './admin-documents';

const button = document.getElementById('reingest-start') as HTMLButtonElement;
const state = document.getElementById('reingest-state') as HTMLElement;
const report = document.getElementById('reingest-report') as HTMLElement;
let timer: ReturnType<typeof setTimeout> | undefined;

const STATE_VI: Record<ReingestStatus['state'], string> = {
  idle: 'Chưa nạp lại lần nào kể từ khi khởi động.',
  running: 'Đang nạp lại dữ liệu… Trợ lý vẫn trả lời bằng chỉ mục hiện tại.',
  succeeded: 'Nạp lại thành công; chỉ mục mới đang được dùng.',
  failed: 'Nạp lại thất bại; chỉ mục cũ vẫn đang được dùng.',
};

function time(value?: string): string {
  return value ? new Date(value).toLocaleString('vi-VN') : '—';
}

function render(status: ReingestStatus): void {
  state.textContent = `${STATE_VI[status.state]} Bắt đầu: ${time(status.startedAt)}; kết thúc: ${time(status.finishedAt)}${status.requestedBy ? `; người yêu cầu: ${status.requestedBy}` : ''}.`;
  button.disabled = status.state === 'running';
  const parts: Node[] = [];
  if (status.error) parts.push(createElement('p', { class: 'error', role: 'alert' }, [`Lý do: ${status.error}`]));
  if (status.report) {
    const totals = status.report.totals;
    parts.push(createElement('p', {}, [`Báo cáo lần nạp gần nhất: ${totals.documents} tài liệu, ${totals.chunks} đoạn, ${totals.tableRows} dòng bảng, ${totals.procedures} thủ tục, ${totals.vectors} vector, ${totals.warnings} cảnh báo.`]));
    if (status.report.failures.length > 0) {
      parts.push(createElement('ul', {}, status.report.failures.map((failure) => createElement('li', {}, [`${failure.file}: ${failure.reason}`]))));
    }
  }
  report.replaceChildren(...parts);
}

export async function refreshReingest(): Promise<void> {
  clearTimeout(timer);
  const { status } = await callJson<{ status: ReingestStatus }>('/api/admin/reingest');
  render(status);
  if (status.state === 'running') timer = setTimeout(() => void refreshReingest().catch(() => undefined), 2000);
  else void refreshDocuments().catch(() => undefined);
}

export function setUpReingest(): void {
  button.addEventListener('click', () => {
    button.disabled = true;
    callJson<{ status: ReingestStatus }>('/api/admin/reingest', { method: 'POST' })
      .then(() => refreshReingest())
      .catch((error: Error) => {
        state.textContent = error.message;
        button.disabled = false;
      });
  });
}
