/** /quan-tri entry: sign-in, then the documents, procedure pages, re-ingest, analytics and audit panels. */
import { createElement } from '../widget/create-element';
import { refreshAnalytics, setUpAnalytics } from './admin-analytics';
import { refreshDocuments, setUpDocuments } from './admin-documents';
import { setUpProcedurePages } from './admin-procedure-pages';
import { refreshReingest, setUpReingest } from './admin-reingest';
import { callJson, setUpSignIn } from './console-session';
import { refreshDataFlows, setUpPersonalData } from './admin-personal-data';

const auditTable = document.getElementById('audit') as HTMLTableSectionElement;

async function refreshAudit(): Promise<void> {
  const { entries } = await callJson<{ entries: Array<{ at: string; actor: string; action: string; detail: string }> }>('/api/admin/audit?limit=100');
  auditTable.replaceChildren(
    ...entries.map((entry) =>
      createElement('tr', {}, [createElement('td', {}, [new Date(entry.at).toLocaleString('vi-VN')]), createElement('td', {}, [entry.actor]), createElement('td', {}, [entry.action]), createElement('td', {}, [createElement('code', {}, [entry.detail])])]),
    ),
  );
}

const report = (error: Error) => {
  const status = document.getElementById('token-status');
  if (status) status.textContent = error.message;
};

setUpDocuments();
setUpReingest();
setUpProcedurePages();
setUpAnalytics();
setUpPersonalData();
(document.getElementById('audit-refresh') as HTMLButtonElement).addEventListener('click', () => void refreshAudit().catch(report));
setUpSignIn({
  probePath: '/api/admin/reingest',
  onSignedIn: () => {
    for (const refresh of [refreshDocuments, refreshReingest, refreshAnalytics, refreshAudit, refreshDataFlows]) void refresh().catch(report);
  },
});
