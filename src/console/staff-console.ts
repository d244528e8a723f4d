/** /noi-bo: the staff assistant over public + internal documents, with province/document filters and Markdown copy. */
import type { ChatResponse } from '../protocol/chat-events';
import { createElement } from '../widget/create-element';
import { answerMarkdown } from './answer-markdown';
import { callJson, setUpSignIn } from './console-session';
import { refreshTickets, setUpTickets } from './staff-tickets';

const form = document.getElementById('ask-form') as HTMLFormElement;
const question = document.getElementById('question') as HTMLTextAreaElement;
const province = document.getElementById('province') as HTMLInputElement;
const documentIds = document.getElementById('doc-ids') as HTMLInputElement;
const conversation = document.getElementById('conversation') as HTMLElement;
const askButton = form.querySelector('button[type="submit"]') as HTMLButtonElement;
let sessionId: string | undefined;

async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Đã sao chép';
  } catch {
    button.textContent = 'Không sao chép được; Quý vị vui lòng chọn và sao chép thủ công';
  }
}

function renderAnswer(asked: string, response: ChatResponse): HTMLElement {
  const paragraphs = response.answer.split(/\n+/).filter(Boolean).map((line) => createElement('p', {}, [line]));
  const sources = response.citations.map((citation) =>
    createElement('li', { value: String(citation.n) }, [
      createElement('strong', {}, [[citation.source.title, citation.source.section].filter(Boolean).join(' › ')]),
      createElement('blockquote', {}, [citation.text]),
    ]),
  );
  const copy = createElement('button', { type: 'button', class: 'secondary' }, ['Sao chép (Markdown)']);
  copy.addEventListener('click', () => void copyText(answerMarkdown(asked, response.answer, response.citations), copy));
  return createElement('article', { class: response.refused ? 'answer refused' : 'answer' }, [
    createElement('h3', {}, [asked]),
    ...paragraphs,
    sources.length > 0 ? createElement('h4', {}, ['Nguồn trích dẫn']) : null,
    sources.length > 0 ? createElement('ol', { class: 'sources' }, sources) : null,
    copy,
  ]);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const asked = question.value.trim();
  if (!asked) return;
  const docIds = documentIds.value.split(/[,\s]+/).map((id) => id.trim()).filter(Boolean).slice(0, 20);
  const body = { message: asked, scope: 'internal', sessionId, province: province.value.trim() || undefined, docIds: docIds.length > 0 ? docIds : undefined };
  askButton.disabled = true;
  const pending = createElement('p', { class: 'pending', role: 'status' }, ['Đang tra cứu…']);
  conversation.prepend(pending);
  callJson<ChatResponse>('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    .then((response) => {
      sessionId = response.sessionId;
      pending.replaceWith(renderAnswer(asked, response));
      question.value = '';
    })
    .catch((error: Error) => pending.replaceWith(createElement('p', { class: 'error', role: 'alert' }, [error.message])))
    .finally(() => {
      askButton.disabled = false;
    });
});

// The search API with scope=internal answers only signed-in staff, so it doubles as the sign-in check.
setUpTickets();
setUpSignIn({
  probePath: '/api/search?q=n%E1%BB%99i%20v%E1%BB%A5&k=1&scope=internal',
  onSignedIn: () => {
    question.focus();
    void refreshTickets().catch(() => undefined);
  },
});
