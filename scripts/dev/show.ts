/** Dev aid: `node --import tsx scripts/dev/show.ts FILE id…` prints each question's full answer beside what it must contain. */
import { readFileSync } from 'node:fs';
import { readNodeSettings } from '../../src/adapter/node/config';
import { embedderFromSettings } from '../../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../../src/adapter/node/load-live-index';
import { askInConversation } from '../../src/eval/ask-conversation';
import { parseEvalQuestions } from '../../src/eval/parse-eval-questions';
import { silentLogger } from '../../src/http/app-context';

const [file, ...ids] = process.argv.slice(2);
const questions = parseEvalQuestions(readFileSync(file!, 'utf8'), file!);
const settings = readNodeSettings();
const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger });
for (const question of questions.filter((q) => !ids.length || ids.includes(q.id))) {
  const result = await askInConversation(live.engine, [...question.history, question.question], question.scope);
  console.log(`\n## ${question.id} ${question.question}\n   must: ${JSON.stringify(question.answer_contains)} src ${''}\n   ${result.refused ? 'REFUSED' : 'answered'} words=${result.answer.split(/\s+/).length}\n${result.answer}`);
}
