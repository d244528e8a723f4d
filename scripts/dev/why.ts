/** `node --import tsx scripts/dev/why.ts "câu hỏi"`: every composer's candidates and scores for one question (debugging). */
import { readNodeSettings } from '../../src/adapter/node/config';
import { embedderFromSettings } from '../../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { silentLogger } from '../../src/http/app-context';
import { COMPOSERS } from '../../src/chat/composers';

const question = process.argv.slice(2).join(' ').trim();
for (const composer of COMPOSERS as Array<{ name: string; compose: (context: unknown) => unknown }>) {
  const original = composer.compose.bind(composer);
  composer.compose = async (context: unknown) => {
    const out = (await original(context)) as Array<{ kind: string; score: number; answer: string; refusal?: unknown; procedure?: { name: string } }>;
    const ctx = context as { hits: Array<{ chunk: { title: string; section: string } }>; namedProcedure?: { record: { name: string } } };
    if (composer.name === COMPOSERS[0]!.name) {
      console.log('named:', ctx.namedProcedure?.record.name, JSON.stringify({ ...(ctx as any).analysis, folded: undefined, text: undefined }));
      for (const hit of ctx.hits) console.log('  hit:', hit.chunk.title, '›', hit.chunk.section);
    }
    for (const candidate of out) console.log(`[${composer.name}] score=${candidate.score.toFixed(2)} ${candidate.refusal ? 'REFUSAL ' + JSON.stringify(candidate.refusal).slice(0, 100) : candidate.answer.slice(0, 160).replace(/\n/g, ' | ')}`);
    return out;
  };
}
const settings = readNodeSettings();
const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger });
const result = await live.engine.answer({ message: question, scopes: ['public'] });
console.log('---\n' + result.answer.slice(0, 600), '\nrefused:', result.refused, result.refusalReason ?? '', 'conf', result.confidence);
