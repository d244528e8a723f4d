/**
 * Which documents a composer that reads whole documents (outlines, complete lists, signers) may open: those the
 * retrieved passages come from, in rank order, kept to the user's hard filters (document, province), the
 * provinces the question names and the caller's scopes. documentChunks() returns a whole document, so the scope
 * check is repeated on every passage.
 */
import type { Chunk } from '../../core/types';
import { sameProvince } from '../province-names';
import type { ComposeContext, Composer } from './composer';

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

/** A passage passes the caller's scopes, the hard filters and the provinces the question names. */
export function allowed(context: ComposeContext, chunk: Chunk): boolean {
  if (!context.scopes.includes(chunk.scope)) return false;
  const { docIds, province } = context.filters;
  if (docIds && docIds.length > 0 && !docIds.includes(chunk.docId)) return false;
  if (province && (!chunk.province || !sameProvince(chunk.province, province))) return false;
  const named = context.analysis.provinces;
  if (named.length > 0 && chunk.province && !named.some((name) => sameProvince(name, chunk.province!))) return false;
  return true;
}

/**
 * A composer whose candidates keep to the caller's scopes and hard filters: a candidate resting on a passage the
 * filters exclude (a national procedure card under a document or province filter, another document's FAQ) is
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
  return !province || (Boolean(chunk.province) && sameProvince(chunk.province!, province));
}
