import { readNodeSettings } from '../../src/adapter/node/config';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import { nameShare } from '../../src/chat/procedure-guess';
import { nameVocabulary, nameWordWeight } from '../../src/chat/procedure-match';
import { withoutAspectWords } from '../../src/chat/aspect-words';
import { isFunctionWord } from '../../src/chat/term-weights';
const [q, ...ids] = process.argv.slice(2);
const settings = readNodeSettings();
const live: any = await loadLiveIndex({ indexDir: settings.indexDir, embedder: undefined as any, logger: silentLogger });
const catalog = live.catalog ?? live.engineDeps?.catalog;
if (!catalog) { console.log(Object.keys(live)); process.exit(1); }
const vocab = nameVocabulary(catalog);
const asked = [...new Set(withoutAspectWords(q!).trim().split(' '))];
console.log(asked.map((w) => `${w}:${vocab.has(w) && !isFunctionWord(w) ? nameWordWeight(w, vocab).toFixed(2) : '-'}`).join(' '));
for (const r of catalog.records.filter((r: any) => ids.some((id) => r.id.includes(id) || r.name.includes(id)))) console.log(r.id, nameShare(q!, r, catalog));
if (process.env.TOP) {
  const scored = catalog.records.map((r: any) => [nameShare(q!, r, catalog, []).own, r.name] as const).sort((a: any, b: any) => b[0] - a[0]).slice(0, Number(process.env.TOP));
  for (const [share, name] of scored) console.log(share.toFixed(3), name.slice(0, 110));
}
