/**
 * Which columns of a table row a question asks for, read from the column headers themselves: a header one of whose
 * own words (those that tell it from the row's other headers: "chủ trì" in "Cơ quan chủ trì", not the "cơ quan" it
 * shares with "Cơ quan phối hợp") stands in the question, wherever and with or without tone marks; a header of
 * the kind of fact asked ("khi nào" → a deadline column); or a cell that states the quantity asked ("mấy tháng" →
 * "định kỳ 3 tháng, 6 tháng …").
 */
import type { Chunk } from '../../core/types';
import type { QuestionAnalysis } from '../question-analysis';
import { labelAnswers } from '../sentence-scoring';
import { isFunctionWord } from '../term-weights';
import { foldedWords } from '../vocabulary';
import { rowTitle } from './document-outline';

export interface AskedColumn {
  label: string;
  value: string;
  /** How the column was chosen: its header's words, the fact asked, or the quantity its cell states. */
  by: 'header' | 'fact' | 'quantity';
}

const PLAN_VERB = /\b(?:trien khai|thuc hien|ban hanh)(?: cac| cua)? (?:ke hoach|quyet dinh|de an)\b/g;

// "mấy tháng", "bao nhiêu ngày", "bao nhiêu %": the unit the answer is counted in.
const QUANTITY = / (?:may|bao nhieu) (thang|nam|ngay|lan|tuan|quy|gio|phan tram|%|nguoi|trieu|ty)\b/;

/**
 * The columns of a row the question asks for, the row's title column left out; empty when it asks none. Headers
 * are matched by their words of two syllables ("chủ trì", "hoàn thành", "dự án"), as Vietnamese writes words: one
 * syllable ("quan" of "quản lý") says too little.
 */
export function askedColumns(row: Chunk, analysis: QuestionAnalysis): AskedColumn[] {
  const fields = Object.entries(row.fields ?? {}).filter(([, value]) => value.trim());
  const title = rowTitle(row);
  // "thực hiện kế hoạch", "triển khai nghị quyết": verbs joined to the plan's name describe the plan, not a column.
  const asked = analysis.folded.replace(PLAN_VERB, ' ');
  const question = new Set(pairsOf(asked));
  // "nguồn nào", "loại gì": a header's head word asked with a question word names it ("Nguồn vốn").
  const heads = new Set([...` ${asked} `.matchAll(/ ([a-z]+) (?:nao|gi) /gu)].map((match) => match[1]!));
  const labelPairs = fields.map(([label]) => pairsOf(foldedWords(label.replace(/\(.*?\)/gu, ' '))));
  const unit = QUANTITY.exec(` ${analysis.folded} `)?.[1];
  const quantity = unit ? new RegExp(`\\d[\\d.,]*\\s?(?:${unit === 'phan tram' || unit === '%' ? '%|phan tram' : unit})\\b`, 'u') : undefined;
  const chosen: AskedColumn[] = [];
  fields.forEach(([label, value], index) => {
    if (value.trim() === title) return;
    // A header's own words: those no other header of the row has ("chủ trì", not the "cơ quan" it shares).
    const own = labelPairs[index]!.filter((pair) => labelPairs.every((other, at) => at === index || !other.includes(pair)));
    const head = labelPairs[index]![0]?.split('_')[0];
    const headOwn = head !== undefined && !isFunctionWord(head) && labelPairs.every((other, at) => at === index || other[0]?.split('_')[0] !== head);
    if (own.some((pair) => question.has(pair)) || (headOwn && heads.has(head))) chosen.push({ label, value: value.trim(), by: 'header' });
    else if (labelAnswers(label, analysis.wants)) chosen.push({ label, value: value.trim(), by: 'fact' });
    else if (quantity?.test(foldedWords(value))) chosen.push({ label, value: value.trim(), by: 'quantity' });
  });
  // A cell stating the very quantity asked outweighs headers the question only shares words with; a header the
  // question names outweighs the columns of the fact's kind ("ai chủ trì": the lead column, not every agency column).
  const by = (kind: AskedColumn['by']) => chosen.filter((column) => column.by === kind);
  if (by('quantity').length > 0) return [...by('quantity'), ...by('fact')];
  const headers = by('header');
  // Each fact asked that no named header answers brings its own column ("… ai chủ trì, lộ trình ra sao").
  const open = analysis.wants.filter((fact) => !headers.some((column) => labelAnswers(column.label, [fact])));
  return [...headers, ...by('fact').filter((column) => headers.length === 0 || labelAnswers(column.label, open))];
}

/** Adjacent content syllables of a folded text, as "chu_tri". */
function pairsOf(folded: string): string[] {
  const words = folded.trim().split(' ').filter(Boolean);
  const pairs: string[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    if (isFunctionWord(words[index]!) && isFunctionWord(words[index + 1]!)) continue;
    pairs.push(`${words[index]}_${words[index + 1]}`);
  }
  return pairs;
}
