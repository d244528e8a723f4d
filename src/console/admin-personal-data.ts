/** The personal-data panel of /quan-tri: export or erase one conversation or Zalo user, and where personal data goes. */
import type { DataFlow } from '../services/data-flows';
import { createElement } from '../widget/create-element';
import { callApi, callJson } from './console-session';

const form = document.getElementById('personal-data-form') as HTMLFormElement;
const kind = document.getElementById('personal-data-kind') as HTMLSelectElement;
const input = document.getElementById('personal-data-id') as HTMLInputElement;
const erase = document.getElementById('personal-data-erase') as HTMLButtonElement;
const status = document.getElementById('personal-data-status') as HTMLElement;
const flows = document.getElementById('data-flows') as HTMLElement;

const LOCATION_VI: Record<DataFlow['location'], string> = { machine: 'trên máy chủ này', 'local-network': 'trong mạng nội bộ', external: 'ra ngoài máy chủ' };
const PURPOSE_VI: Record<DataFlow['purpose'], string> = { llm: 'Mô hình ngôn ngữ', embedding: 'Mô hình nhúng (tìm kiếm ngữ nghĩa)', channel: 'Kênh trả lời' };

const subjectQuery = () => `${kind.value}=${encodeURIComponent(input.value.trim())}`;

function download(name: string, text: string): void {
  const link = createElement('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function refreshDataFlows(): Promise<void> {
  const body = await callJson<{ flows: DataFlow[]; warnings: string[] }>('/api/admin/data-flows');
  const rows = body.flows.map((flow) => createElement('li', {}, [`${PURPOSE_VI[flow.purpose]}: ${flow.label} tại ${flow.host} (${LOCATION_VI[flow.location]}); gửi: ${flow.sends}.`]));
  flows.replaceChildren(
    rows.length > 0 ? createElement('ul', {}, rows) : createElement('p', {}, ['Không có dịch vụ bên ngoài nào nhận dữ liệu: câu hỏi chỉ được xử lý trên máy chủ này.']),
    ...body.warnings.map((warning) => createElement('p', { class: 'warning', role: 'note' }, [warning])),
  );
}

export function setUpPersonalData(): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    callApi(`/api/admin/personal-data?${subjectQuery()}`)
      .then(async (response) => {
        const text = await response.text();
        const { counts, subject } = JSON.parse(text) as { counts: Record<string, number>; subject: { sessionId: string } };
        download(`du-lieu-ca-nhan-${subject.sessionId}.json`, text);
        status.textContent = `Đã trích xuất ${counts.messages} tin nhắn, ${counts.feedback} đánh giá, ${counts.tickets} phiếu chuyển cán bộ.`;
      })
      .catch((error: Error) => (status.textContent = error.message));
  });
  erase.addEventListener('click', () => {
    if (!input.value.trim() || !confirm('Xóa vĩnh viễn mọi dữ liệu của đối tượng này? Không thể hoàn tác.')) return;
    callJson<{ erased: Record<string, number> }>(`/api/admin/personal-data?${subjectQuery()}`, { method: 'DELETE' })
      .then(({ erased }) => (status.textContent = `Đã xóa ${erased.messages} tin nhắn, ${erased.feedback} đánh giá, ${erased.tickets} phiếu, ${erased.sessions} cuộc trò chuyện.`))
      .catch((error: Error) => (status.textContent = error.message));
  });
}
