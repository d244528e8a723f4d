/** `npm run eval -- file.jsonl [--search-only] [--verbose] [--parts]`: scores retrieval and answers per shared/eval/README.md. */
import { readFileSync } from 'node:fs';
import { readNodeSettings } from '../src/adapter/node/config';
import { embedderFromSettings } from '../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../src/adapter/node/load-live-index';
import { evalQuestionSchema, formatReport, scoreQuestion, type EvalObservation } from '../src/eval/eval-report';
import { silentLogger } from '../src/http/app-context';

const args = process.argv.slice(2);
const searchOnly = args.includes('--search-only');
const verbose = args.includes('--verbose');
// The hold-out protocol: ids ending in 0 or 5 are the aside part, scored apart from the working part.
const parts = args.includes('--parts');
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run eval -- <questions.jsonl> [--search-only] [--verbose] [--parts]');
  process.exit(2);
}
const questions = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, index) => {
    const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1} is not a valid question: ${parsed.error.message}`);
    return parsed.data;
  });
const settings = readNodeSettings();
const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger });
const observations: EvalObservation[] = [];
const words: number[] = [];
for (const question of questions) {
  const hits = await live.retriever.search(question.question, { k: 10, scopes: ['public'] });
  const observation: EvalObservation = { question, passages: hits.map((hit) => hit.chunk.text) };
  if (!searchOnly) {
    const result = await live.engine.answer({ message: question.question, scopes: ['public'] });
    const structured = Boolean(result.procedure) || /\n\s*(\||-|\d+\.)/.test(result.answer);
    const count = result.answer.split(/\s+/).filter(Boolean).length;
    if (!result.refused && !structured) words.push(count);
    observation.answer = { text: result.answer, citations: result.citations.length, refused: result.refused, words: count, structured };
  }
  observations.push(observation);
}
const scores = observations.map(scoreQuestion);
if (verbose) {
  for (const [index, score] of scores.entries()) {
    const observation = observations[index]!;
    const failed = score.hit5 === 0 || score.answerCorrect === 0 || score.refuseCorrect === 0;
    if (!failed || (parts && isAside(score.id))) continue;
    console.log(`✗ ${score.id} [${score.category}/${score.doc}] ${observation.question.question}`);
    if (score.hit5 === 0) console.log(`    retrieval miss; top passage: ${observation.passages[0]?.slice(0, 160) ?? '(none)'}`);
    if (observation.answer && (score.answerCorrect === 0 || score.refuseCorrect === 0)) console.log(`    answer (${observation.answer.refused ? 'refused' : 'answered'}): ${observation.answer.text.slice(0, 300)}`);
  }
}
if (words.length) {
  const sorted = words.slice().sort((left, right) => left - right);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
  console.log(`Answer length (words, prose answers only, n=${sorted.length}): min ${sorted[0]} p25 ${at(0.25)} median ${at(0.5)} p75 ${at(0.75)} max ${sorted[sorted.length - 1]}`);
}
if (parts) {
  console.log('— working part (ids not ending in 0 or 5) —');
  console.log(formatReport(scores.filter((score) => !isAside(score.id))));
  console.log('— aside part (ids ending in 0 or 5) —');
  console.log(formatReport(scores.filter((score) => isAside(score.id))));
  console.log('— all —');
}
console.log(formatReport(scores));

function isAside(id: string): boolean {
  return /[05]$/.test(id);
}
