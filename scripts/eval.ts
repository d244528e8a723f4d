/**
 * `npm run eval [-- file.jsonl …] [--search-only] [--verbose] [--parts]`: scores retrieval and answers per
 * shared/eval/README.md. Without a file it runs the in-repo copies in test/fixtures/eval/, one report each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNodeSettings } from '../src/adapter/node/config';
import { embedderFromSettings } from '../src/adapter/node/embedder-from-settings';
import { loadLiveIndex } from '../src/adapter/node/load-live-index';
import { askInConversation, scopesForEval } from '../src/eval/ask-conversation';
import { formatReport, scoreQuestion, type EvalObservation, type EvalQuestion } from '../src/eval/eval-report';
import { EvalFileError, parseEvalQuestions } from '../src/eval/parse-eval-questions';
import { silentLogger } from '../src/http/app-context';

const DEFAULT_DIR = fileURLToPath(new URL('../test/fixtures/eval/', import.meta.url));
const args = process.argv.slice(2);
const searchOnly = args.includes('--search-only');
const verbose = args.includes('--verbose');
// The hold-out protocol: ids ending in 0 or 5 are the aside part, scored apart from the working part.
const parts = args.includes('--parts');
const named = args.filter((arg) => !arg.startsWith('--'));

/** A usage problem: one line on stderr, exit code 2, no stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function readQuestionFile(file: string): EvalQuestion[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`Không tìm thấy tệp câu hỏi / question file not found: ${file}  (npm run eval không kèm tệp chạy các bản trong test/fixtures/eval/)`);
    fail(`Không đọc được tệp câu hỏi / cannot read question file ${file} (${code ?? (error as Error).message})`);
  }
  try {
    return parseEvalQuestions(text, file);
  } catch (error) {
    if (error instanceof EvalFileError) fail(error.message);
    throw error;
  }
}

const files = named.length ? named : readdirSync(DEFAULT_DIR).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(DEFAULT_DIR, name));
if (!files.length) fail(`Không có tệp câu hỏi nào trong ${DEFAULT_DIR} / no question files there`);
// Every file is read and checked before the index loads, so a typo fails in a second, not after the load.
const sets = files.map((file) => ({ file, questions: readQuestionFile(file) }));

const settings = readNodeSettings();
const live = await loadLiveIndex({ indexDir: settings.indexDir, embedder: embedderFromSettings(settings), logger: silentLogger }).catch((error: unknown) =>
  fail(`Không nạp được chỉ mục / index not loaded: ${(error as Error).message}`),
);

for (const { file, questions } of sets) {
  if (sets.length > 1 || !named.length) console.log(`═══ ${path.relative(process.cwd(), file)} (${questions.length} câu hỏi) ═══`);
  await evaluate(questions);
}

async function evaluate(questions: EvalQuestion[]): Promise<void> {
  const observations: EvalObservation[] = [];
  const words: number[] = [];
  for (const question of questions) {
    const hits = await live.retriever.search(question.question, { k: 10, scopes: scopesForEval(question.scope) });
    const observation: EvalObservation = { question, passages: hits.map((hit) => hit.chunk.text) };
    if (!searchOnly) {
      const result = await askInConversation(live.engine, [...question.history, question.question], question.scope);
      // Outlines and lists ("1.", "a)", "II.", "- ", table rows) are measured apart from sentence answers.
      const structured = Boolean(result.procedure) || /\n\s*(\||-|\d+\.|[a-zđ]\)|[IVX]+\.)/u.test(result.answer);
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
      if (observation.question.history.length) console.log(`    after: ${observation.question.history.join(' → ')}`);
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
}

function isAside(id: string): boolean {
  return /[05]$/.test(id);
}
