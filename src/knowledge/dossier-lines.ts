/** A dossier as lines: one item per line ("- "), alternatives and sub-items nested ("+ "), cases labelled. */
import type { Dossier, DossierComponent, DossierLeaf } from './procedure-schema';
import { termOverlap } from './term-overlap';

export interface DossierLines {
  lines: string[];
  flagged: boolean;
}

function details(component: DossierLeaf): string {
  const parts = [
    component.formNumber !== 'unknown' ? `mẫu: ${component.formNumber}` : '',
    component.originalOrCopy !== 'unknown' ? component.originalOrCopy : '',
    component.copies !== 'unknown' ? `số lượng: ${component.copies}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export function componentLines(component: DossierComponent): string[] {
  const lines = [`- ${component.name}${details(component)}`];
  if (component.alternatives?.length) {
    if (!/một trong|sau:?$/iu.test(component.name)) lines[0] += ' – một trong các giấy tờ sau:';
    for (const alternative of component.alternatives) lines.push(`   + ${alternative.name}${details(alternative)}`);
  }
  for (const item of component.items ?? []) lines.push(`   + ${item.name}${details(item)}`);
  return lines;
}

function anyFlagged(components: readonly DossierComponent[]): boolean {
  return components.some((component) => component.flagged || component.alternatives?.some((leaf) => leaf.flagged) || component.items?.some((leaf) => leaf.flagged));
}

/**
 * The whole list. With per-case lists, a question that names one case better than the others
 * (term overlap with the case headings) gets that case alone; otherwise every case, labelled.
 */
export function dossierLines(dossier: Dossier, question?: string): DossierLines {
  const lines = dossier.components.flatMap(componentLines);
  let flagged = anyFlagged(dossier.components);
  const cases = dossier.cases ?? [];
  if (cases.length > 0) {
    const chosen = cases.length > 1 ? casesNamed(question, cases.map((entry) => entry.heading)) : [0];
    if (lines.length > 0) lines.unshift('Giấy tờ chung:');
    for (const index of chosen) {
      const entry = cases[index]!;
      lines.push(`Trường hợp ${entry.heading.replace(/:$/, '')}:`, ...entry.components.flatMap(componentLines));
      flagged ||= anyFlagged(entry.components);
    }
  }
  if (dossier.sets !== 'unknown') lines.push(`Số bộ hồ sơ: ${dossier.sets}.`);
  if (!dossier.complete && lines.length > 0) lines.push('(Danh mục có thể chưa đầy đủ.)');
  return { lines, flagged };
}

const PART_OF_ONE_FILE = /^[\s\-–•*]*(\(?[\da-zđ]+[.)]\s*)?hồ sơ đề nghị(?!\p{L})/iu;

// Folded words that ask for the papers themselves.
const DOSSIER_ASKING = /\b(giay to|giay|ho so|thanh phan|can|gom|nhung|gi|nao|nop|chuan bi)\b/g;

// A case is named by a word pair or two words of its heading; one shared word ("cho", "giấy") names none.
const CASE_OVERLAP = 2;

/** The cases the question names best, or every case when it names none of them. */
function casesNamed(question: string | undefined, headings: readonly string[]): number[] {
  const all = headings.map((_, index) => index);
  if (!question) return all;
  // Headed each "Hồ sơ đề nghị …", the lists are the parts of one file (the request, the proof of damage, the list of
  // workers), all filed together: none is a case to choose.
  if (headings.every((heading) => PART_OF_ONE_FILE.test(heading))) return all;
  // The words that ask for papers ("giấy tờ gì", "hồ sơ gồm") name no case, whatever a heading says of papers.
  const naming = question.replace(DOSSIER_ASKING, ' ');
  const scores = headings.map((heading) => termOverlap(naming, heading));
  const best = Math.max(0, ...scores);
  return best < CASE_OVERLAP ? all : all.filter((index) => scores[index] === best);
}

/** Every component and nested line that names a form (mẫu, tờ khai, phiếu) or carries a form number. */
export function formLines(dossier: Dossier): string[] {
  const all = [...dossier.components, ...(dossier.cases ?? []).flatMap((entry) => entry.components)];
  const leaves: DossierLeaf[] = all.flatMap((component) => [component, ...(component.alternatives ?? []), ...(component.items ?? [])]);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const leaf of leaves) {
    if (leaf.formNumber === 'unknown' && !/\b(mẫu|tờ khai|phiếu)\b/iu.test(leaf.name)) continue;
    const line = `- ${leaf.name}${leaf.formNumber !== 'unknown' ? ` (mẫu: ${leaf.formNumber})` : ''}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  return lines;
}
