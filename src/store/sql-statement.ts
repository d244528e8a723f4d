/** Compiles SQL with `:name` placeholders once and binds named values in the order the engine expects. */
import type { SqlParams, SqlStatement, SqlValue } from '../ports/sql-database';

// `::` (a cast) and quoted text are left alone; a placeholder is a colon followed by an identifier.
const PLACEHOLDER = /'(?:[^']|'')*'|(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

export function sqlStatement(text: string): SqlStatement {
  const names: string[] = [];
  const compiled = text.replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (!name) return whole;
    names.push(name);
    return '?';
  });
  return Object.freeze({ text: compiled.replace(/\s+/g, ' ').trim(), names: Object.freeze(names) });
}

/** The positional values for `statement`; a missing name is a programming error, caught before the engine sees it. */
export function bindValues(statement: SqlStatement, params: SqlParams = {}): SqlValue[] {
  return statement.names.map((name) => {
    if (!(name in params)) throw new Error(`SQL parameter :${name} has no value (statement: ${statement.text})`);
    return params[name] ?? null;
  });
}
