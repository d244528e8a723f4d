/** The documents panel of /quan-tri: upload with metadata, edit or replace, delete. */
import type { AdminDocument } from '../ports/admin-service';
import { createElement } from '../widget/create-element';
import type { UploadResponse } from '../http/upload-response';
import { callApi, callJson } from './console-session';
import { uploadWarningText } from './upload-warning-text';

type Listed = AdminDocument & { indexed: boolean };

const form = document.getElementById('document-form') as HTMLFormElement;
const editing = document.getElementById('document-id') as HTMLInputElement;
const submit = document.getElementById('document-submit') as HTMLButtonElement;
const cancel = document.getElementById('document-cancel') as HTMLButtonElement;
const status = document.getElementById('document-status') as HTMLElement;
const table = document.getElementById('documents') as HTMLTableSectionElement;
const fields = ['title', 'issuer', 'province', 'number', 'date', 'scope'] as const;

function field(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function resetForm(): void {
  form.reset();
  editing.value = '';
  submit.textContent = 'Tải lên';
  cancel.hidden = true;
  (field('file') as HTMLInputElement).required = true;
}

function startEditing(document: Listed): void {
  editing.value = document.id;
  for (const name of fields) field(name).value = document[name] ?? '';
  submit.textContent = 'Cập nhật';
  cancel.hidden = false;
  (field('file') as HTMLInputElement).required = false;
  status.textContent = `Đang sửa “${document.title}”. Chọn tệp mới nếu muốn thay tệp; để trống để giữ tệp cũ.`;
  field('title').focus();
}

function row(document: Listed): HTMLTableRowElement {
  const edit = createElement('button', { type: 'button', class: 'secondary' }, ['Sửa / thay tệp']);
  edit.addEventListener('click', () => startEditing(document));
  const remove = createElement('button', { type: 'button', class: 'danger' }, ['Xóa']);
  remove.addEventListener('click', () => {
    if (!confirm(`Xóa tài liệu “${document.title}”? Tài liệu sẽ không còn được dùng sau lần nạp lại dữ liệu tiếp theo.`)) return;
    callApi(`/api/admin/documents/${encodeURIComponent(document.id)}`, { method: 'DELETE' })
      .then(() => {
        status.textContent = `Đã xóa “${document.title}”. Quý vị vui lòng nạp lại dữ liệu để áp dụng.`;
        return refreshDocuments();
      })
      .catch((error: Error) => (status.textContent = error.message));
  });
  return createElement('tr', {}, [
    createElement('td', {}, [document.title, createElement('br'), createElement('small', {}, [`${document.id} · ${document.originalName}`])]),
    createElement('td', {}, [document.issuer]),
    createElement('td', {}, [[document.number, document.date, document.province].filter(Boolean).join(' · ')]),
    createElement('td', {}, [document.scope === 'internal' ? 'Nội bộ' : 'Công khai']),
    createElement('td', {}, [document.indexed ? 'Đã nạp' : 'Chờ nạp lại']),
    createElement('td', {}, [edit, ' ', remove]),
  ]);
}

export async function refreshDocuments(): Promise<void> {
  const { documents } = await callJson<{ documents: Listed[] }>('/api/admin/documents');
  table.replaceChildren(...(documents.length > 0 ? documents.map(row) : [createElement('tr', {}, [createElement('td', { colspan: '6' }, ['Chưa có tài liệu nào được tải lên.'])])]));
}

export function setUpDocuments(): void {
  cancel.addEventListener('click', () => {
    resetForm();
    status.textContent = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = new FormData(form);
    const file = body.get('file');
    if (file instanceof File && file.size === 0) body.delete('file');
    body.delete('id');
    const id = editing.value;
    submit.disabled = true;
    status.textContent = 'Đang kiểm tra và lưu tệp…';
    callJson<UploadResponse>(id ? `/api/admin/documents/${encodeURIComponent(id)}` : '/api/admin/documents', { method: id ? 'PUT' : 'POST', body })
      .then(({ document, ...findings }) => {
        const warning = uploadWarningText(findings);
        status.replaceChildren(`Đã lưu “${document.title}”. Quý vị vui lòng nạp lại dữ liệu để trợ lý dùng tài liệu này.`, ...(warning ? [createElement('br'), createElement('strong', {}, [warning])] : []));
        resetForm();
        return refreshDocuments();
      })
      .catch((error: Error) => (status.textContent = error.message))
      .finally(() => (submit.disabled = false));
  });
}
