/** The procedure-pages panel of /quan-tri: upload national procedure pages (.md) and the catalogue (.tsv), try or import them, show the report. */
import type { ImportReport } from '../knowledge/import-procedure-pages';
import { createElement } from '../widget/create-element';
import { callApi } from './console-session';

interface ImportReply {
  dryRun: boolean;
  report: ImportReport;
  reingestNeeded: boolean;
}

const form = document.getElementById('procedure-pages-form') as HTMLFormElement;
const input = document.getElementById('procedure-pages-files') as HTMLInputElement;
const dryRun = document.getElementById('procedure-pages-dry-run') as HTMLInputElement;
const state = document.getElementById('procedure-pages-state') as HTMLElement;
const output = document.getElementById('procedure-pages-report') as HTMLElement;

function list(title: string, items: string[]): Node[] {
  if (items.length === 0) return [];
  return [createElement('p', {}, [`${title} (${items.length}):`]), createElement('ul', {}, items.slice(0, 50).map((item) => createElement('li', {}, [item])))];
}

function render(reply: ImportReply): void {
  const { report } = reply;
  const unknown = Object.keys(report.unknown).length;
  state.textContent = `${reply.dryRun ? 'Thử (không ghi): ' : ''}tạo mới ${report.created.length}, cập nhật ${report.updated.length}, không đổi ${report.unchanged.length}, còn trường chưa có thông tin ${unknown}, lỗi ${report.errors.length}.${reply.reingestNeeded ? ' Quý vị bấm "Nạp lại dữ liệu" để trợ lý dùng bản ghi mới.' : ''}`;
  output.replaceChildren(
    ...list('Lỗi (tệp không được nhập, dữ liệu cũ giữ nguyên)', report.errors.map((error) => `${error.file}: ${error.message}`)),
    ...list('Tạo mới', report.created),
    ...list('Cập nhật', report.updated),
    ...list('Trường chưa có thông tin trên trang chính thức', Object.entries(report.unknown).map(([id, fields]) => `${id}: ${fields.join(', ')}`)),
  );
}

export function setUpProcedurePages(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    const body = new FormData();
    for (const file of files) body.append('files', file, file.name);
    state.textContent = 'Đang nhập…';
    output.replaceChildren();
    callApi(`/api/admin/procedure-pages${dryRun.checked ? '?dryRun=1' : ''}`, { method: 'POST', body })
      .then(async (response) => render((await response.json()) as ImportReply))
      .catch((error: Error) => {
        state.textContent = error.message;
      });
  });
}
