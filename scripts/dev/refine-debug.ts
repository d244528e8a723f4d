/** Dev aid: `node --import tsx scripts/dev/refine-debug.ts "câu hỏi"`: name shares and known aspects of each retrieved record. */
import { readNodeSettings } from '../../src/adapter/node/config';
import { embedderFromSettings } from '../../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import { nameShare } from '../../src/chat/procedure-guess';
import { aspectsAsked } from '../../src/chat/aspect-words';
import { matchingForm } from '../../src/chat/vocabulary';
import { procedureFacts } from '../../src/knowledge/procedure-facts';

const question = process.argv.slice(2).join(' ');
const settings = readNodeSettings();
const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger });
const catalog = (live as any).catalog ?? (live.engine as any).catalog ?? (live.engine as any).deps?.catalog;
const hits = await live.retriever.search(question, { k: 10, scopes: ['public'] });
const aspects = aspectsAsked(matchingForm(question));
console.log('aspects', aspects);
const seen = new Set<string>();
for (const hit of hits) {
  const id = hit.chunk.procedureId;
  if (!id || seen.has(id)) continue;
  seen.add(id);
  const record = catalog.records.find((r: any) => r.id === id);
  const share = nameShare(question, record, catalog);
  console.log(share.own.toFixed(2), share.best.toFixed(2), aspects.map((a) => `${a}:${procedureFacts(record, a, { question }).known}`).join(' '), record.name);
}
