/**
 * Which documents a composer that reads whole documents (outlines, complete lists, signers) may open: those the
 * retrieved passages come from, in rank order, kept to the user's hard filters (document, province), the
 * provinces the question names and the caller's scopes. documentChunks() returns a whole document, so the scope
 * check is repeated on every passage.
 */
import { appliesToProvince } from '../../core/applies-to-province';
import type { Chunk } from '../../core/types';
import { sameProvince as sameSpelling } from '../province-names';
import type { ComposeContext, Composer } from './composer';
import { documentOutline, type OutlineNode } from './document-outline';

/** The documents of the retrieved passages, best first, that every filter allows. */
export function documentsInScope(context: ComposeContext, limit = 3): string[] {
  const docIds: string[] = [];
  for (const { chunk } of context.hits) {
    if (docIds.includes(chunk.docId) || !allowed(context, chunk)) continue;
    docIds.push(chunk.docId);
    if (docIds.length >= limit) break;
  }
  return docIds;
}

/** Every passage of a document the caller may see, in reading order. */
export function readableChunks(context: ComposeContext, docId: string): Chunk[] {
  return context.retriever
    .documentChunks(docId)
    .filter((chunk) => allowed(context, chunk))
    .sort((left, right) => left.lineStart - right.lineStart);
}

const outlines = new WeakMap<readonly Chunk[], Map<string, OutlineNode | undefined>>();

/**
 * The outline of a document as the caller may see it; built once per index and scope set (the retriever's
 * document arrays are stable for an index), so outlines and lists cost a lookup after the first question.
 */
export function outlineInScope(context: ComposeContext, docId: string): { root?: OutlineNode; chunks: Chunk[] } {
  const all = context.retriever.documentChunks(docId);
  const chunks = readableChunks(context, docId);
  const key = `${chunks.length}/${all.length}:${[...context.scopes].sort().join(',')}`;
  let byKey = outlines.get(all);
  if (!byKey) outlines.set(all, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, documentOutline(chunks));
  return { root: byKey.get(key), chunks };
}

/** A passage passes the caller's scopes, the hard filters and the provinces the question names. */
export function allowed(context: ComposeContext, chunk: Chunk): boolean {
  if (!context.scopes.includes(chunk.scope)) return false;
  const { docIds, province } = context.filters;
  if (docIds && docIds.length > 0 && !docIds.includes(chunk.docId)) return false;
  if (province && !appliesToProvince(chunk, province, sameProvince)) return false;
  const named = context.analysis.provinces;
  if (named.length > 0 && chunk.province && !named.some((name) => sameProvince(name, chunk.province!))) return false;
  return true;
}

/**
 * A composer whose candidates keep to the caller's scopes and hard filters: a candidate resting on a passage the
 * filters exclude (a national procedure card under a document filter, another document's FAQ, another province's plan) is
 * dropped, whichever composer offered it. Reasoned refusals rest on no passage and pass.
 */
export function withinFilters(composer: Composer): Composer {
  return {
    name: composer.name,
    async compose(context) {
      const candidates = await composer.compose(context);
      return candidates.filter((candidate) => candidate.passages.every((chunk) => allowedByFilters(context, chunk)));
    },
  };
}

/** The caller's scopes and the filters they chose (not the provinces the question names: a comparison names several). */
function allowedByFilters(context: ComposeContext, chunk: Chunk): boolean {
  if (!context.scopes.includes(chunk.scope)) return false;
  const { docIds, province } = context.filters;
  if (docIds && docIds.length > 0 && !docIds.includes(chunk.docId)) return false;
  // A national procedure, FAQ or routing entry holds in the filtered province too.
  return !province || appliesToProvince(chunk, province, sameProvince);
}

const provinceMatches = new Map<string, boolean>();

/** Same province, exact spellings first (every passage of a document is checked; folding each is wasted work). */
function sameProvince(left: string, right: string): boolean {
  if (left === right) return true;
  const key = `${left}\u0000${right}`;
  let same = provinceMatches.get(key);
  if (same === undefined) {
    // Filter values come from users: the memo stays small.
    if (provinceMatches.size > 1000) provinceMatches.clear();
    provinceMatches.set(key, (same = sameSpelling(left, right)));
  }
  return same;
}
