/** `npm run search -- "câu hỏi"`: prints the top passages with their source and section. */
import { readNodeSettings } from '../src/adapter/node/config';
import { embedderFromSettings } from '../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../src/adapter/node/load-live-index';
import { silentLogger } from '../src/http/app-context';

const args = process.argv.slice(2);
const kIndex = args.indexOf('-k');
const k = kIndex >= 0 ? Number(args.splice(kIndex, 2)[1]) : 5;
const question = args.join(' ').trim();
if (!question) {
  console.error('Usage: npm run search -- "câu hỏi" [-k 5]');
  process.exit(2);
}
const settings = readNodeSettings();
try {
  const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger });
  const hits = await live.retriever.search(question, { k, scopes: ['public'] });
  if (hits.length === 0) console.log('Không tìm thấy đoạn văn bản phù hợp.');
  hits.forEach((hit, index) => {
    const { chunk } = hit;
    console.log(`\n[${index + 1}] ${hit.score.toFixed(3)}  ${chunk.title}${chunk.province ? ` (${chunk.province})` : ''}`);
    console.log(`    ${chunk.section}${chunk.lineStart ? `  · dòng ${chunk.lineStart}–${chunk.lineEnd}` : ''}`);
    console.log(`    ${chunk.text.length > 400 ? chunk.text.slice(0, 400) + '…' : chunk.text}`);
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
