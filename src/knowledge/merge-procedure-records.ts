/**
 * An official record merged into the record already in knowledge/: the official value wins every
 * field it knows; the existing record's extra sourced facts (fields the page leaves unknown, other
 * legal bases, caveats, aliases) are kept with their own sources, unless the existing record was
 * outdated, in which case its facts are dropped (they describe a replaced rule).
 */
import { foldForMatching } from './abolished-bodies';
import { isNationalUrl } from './national-url';
import { sourceReferences, sourcedKeys, type ProcedureRecord } from './procedure-schema';

const LEVEL_SUFFIX = /\s*\(cấp (?:xã|tỉnh|trung ương)\)$/u;
export function baseName(name: string): string {
  return name.replace(LEVEL_SUFFIX, '').trim();
}

export function mergeProcedureRecords(existing: ProcedureRecord, official: ProcedureRecord, keepFacts = existing.status !== 'outdated'): ProcedureRecord {
  const officialSources = new Set(official.sources.map((source) => source.id));
  const merged: ProcedureRecord = { ...official, id: existing.id };
  // A fact an earlier import read from the same official page (or its catalogue row) stays when
  // this import leaves it unknown, whatever becomes of the hand facts.
  for (const key of sourcedKeys) {
    const previous = existing[key];
    if (official[key] === 'unknown' && previous !== 'unknown' && (keepFacts || officialSources.has(previous.source))) (merged as Record<string, unknown>)[key] = previous;
  }
  if (keepFacts) {
    for (const channel of ['inPerson', 'post', 'online'] as const) {
      if (official.submission[channel] === 'unknown') merged.submission = { ...merged.submission, [channel]: existing.submission[channel] };
    }
    for (const key of ['conditions', 'description'] as const) if (!official[key] && existing[key]) merged[key] = existing[key];
    const numbers = new Set(official.legalBasis.map((basis) => foldForMatching(basis.number)));
    merged.legalBasis = [...official.legalBasis, ...existing.legalBasis.filter((basis) => !officialSources.has(basis.source) && !numbers.has(foldForMatching(basis.number)))];
    merged.caveats = [...official.caveats, ...existing.caveats.filter((caveat) => !officialSources.has(caveat.source) && !official.caveats.some((other) => other.text === caveat.text))];
  }
  const officialName = foldForMatching(baseName(official.name));
  const aliases = [...existing.aliases, baseName(existing.name)].filter((alias) => foldForMatching(alias) !== officialName);
  merged.aliases = [...new Set(aliases)];
  merged.officialUrls = [...new Set([...official.officialUrls, ...existing.officialUrls.filter(isNationalUrl)])];
  if (existing.scope === 'internal') merged.scope = 'internal';
  // Keep only the existing sources a kept fact still cites, so no stale citation survives.
  const cited = new Set(sourceReferences(merged).map(([, id]) => id));
  merged.sources = [...official.sources, ...existing.sources.filter((source) => !officialSources.has(source.id) && cited.has(source.id))];
  return merged;
}
