/** The hand-off queue of /noi-bo: tickets by status (open, answered, closed), the masked conversation, answer and close. */
import type { HandoffTicket, TicketStatus } from '../ports/handoff-store';
import { createElement } from '../widget/create-element';
import { callJson } from './console-session';

const list = document.getElementById('tickets') as HTMLElement;
const filter = document.getElementById('ticket-status') as HTMLSelectElement;
const refreshButton = document.getElementById('tickets-refresh') as HTMLButtonElement;

type StaffTicket = Omit<HandoffTicket, 'replyTo'>;

const CHANNEL_VI: Record<HandoffTicket['channel'], string> = { widget: 'Trang web', zalo: 'Zalo' };
const STATUS_VI: Record<TicketStatus, string> = { open: 'Chờ trả lời', answered: 'Đã trả lời', closed: 'Đã đóng' };

const post = (path: string, body: object) => callJson<{ ticket: StaffTicket; delivered?: boolean }>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function renderTicket(ticket: StaffTicket): HTMLElement {
  const status = createElement('p', { role: 'status' });
  const transcript = ticket.transcript.map((turn) => createElement('li', {}, [createElement('strong', {}, [turn.role === 'user' ? 'Người dân: ' : 'Trợ lý: ']), turn.text]));
  const parts: Node[] = [
    createElement('h3', {}, [`${ticket.code} · ${CHANNEL_VI[ticket.channel]} · ${STATUS_VI[ticket.status]}`]),
    createElement('p', { class: 'count' }, [`Mở lúc ${new Date(ticket.createdAt).toLocaleString('vi-VN')}${ticket.topic ? `; chủ đề: ${ticket.topic}` : ''}`]),
  ];
  if (ticket.note) parts.push(createElement('p', {}, [`Lời nhắn: ${ticket.note}`]));
  if (transcript.length > 0) parts.push(createElement('ol', { class: 'sources' }, transcript));
  if (ticket.answer) parts.push(createElement('p', {}, [`Đã trả lời (${ticket.answeredBy ?? ''}): ${ticket.answer}`]));
  if (ticket.status !== 'closed') {
    const id = `answer-${ticket.code}`;
    const answer = createElement('textarea', { id, rows: '3', maxlength: '4000' });
    const send = createElement('button', { type: 'button' }, [ticket.answer ? 'Gửi lại câu trả lời' : 'Gửi trả lời']);
    const close = createElement('button', { type: 'button', class: 'secondary' }, ['Đóng phiếu']);
    send.addEventListener('click', () => {
      if (!answer.value.trim()) return;
      post(`/api/staff/tickets/${ticket.code}/answer`, { answer: answer.value })
        .then(({ delivered }) => {
          status.textContent = ticket.channel === 'zalo' && delivered === false ? 'Đã lưu câu trả lời nhưng chưa gửi được qua Zalo; xem nhật ký hệ thống.' : 'Đã gửi câu trả lời.';
          void refreshTickets();
        })
        .catch((error: Error) => (status.textContent = error.message));
    });
    close.addEventListener('click', () => void post(`/api/staff/tickets/${ticket.code}/close`, {}).then(() => refreshTickets()).catch((error: Error) => (status.textContent = error.message)));
    parts.push(createElement('label', { for: id }, ['Câu trả lời cho người dân']), answer, send, close);
  }
  parts.push(status);
  return createElement('article', { class: 'answer' }, parts);
}

export async function refreshTickets(): Promise<void> {
  const { tickets } = await callJson<{ tickets: StaffTicket[] }>(`/api/staff/tickets?status=${filter.value}`);
  list.replaceChildren(...(tickets.length > 0 ? tickets.map(renderTicket) : [createElement('p', {}, ['Không có phiếu nào.'])]));
}

export function setUpTickets(): void {
  const report = (error: Error) => list.replaceChildren(createElement('p', { class: 'error', role: 'alert' }, [error.message]));
  filter.addEventListener('change', () => void refreshTickets().catch(report));
  refreshButton.addEventListener('click', () => void refreshTickets().catch(report));
}
