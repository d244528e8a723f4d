/** Named placeholders compiled to positional ones: order, repeats, quoted text and missing values. */
import { describe, expect, it } from 'vitest';
import { bindValues, sqlStatement } from '../../src/store/sql-statement';
import { storeQueries } from '../../src/store/store-queries';

describe('sqlStatement', () => {
  it('replaces each :name by ? and remembers the names in order, repeats included', () => {
    const statement = sqlStatement('SELECT * FROM messages\n  WHERE created_at >= :since AND (:role IS NULL OR role = :role)');
    expect(statement.text).toBe('SELECT * FROM messages WHERE created_at >= ? AND (? IS NULL OR role = ?)');
    expect(statement.names).toEqual(['since', 'role', 'role']);
    expect(bindValues(statement, { since: '2026', role: 'user' })).toEqual(['2026', 'user', 'user']);
  });

  it('leaves quoted text and casts alone', () => {
    const statement = sqlStatement("SELECT ':not' AS label, 'it''s :also' AS other, x::text FROM t WHERE id = :id");
    expect(statement.text).toBe("SELECT ':not' AS label, 'it''s :also' AS other, x::text FROM t WHERE id = ?");
    expect(statement.names).toEqual(['id']);
  });

  it('binds undefined as NULL and refuses a name with no value', () => {
    const statement = sqlStatement('UPDATE t SET a = :a WHERE id = :id');
    expect(bindValues(statement, { a: undefined, id: 'x' })).toEqual([null, 'x']);
    expect(() => bindValues(statement, { a: 1 })).toThrow(/:id has no value/);
  });

  it('writes every store INSERT with named columns, as many as its values', () => {
    for (const [name, statement] of Object.entries(storeQueries)) {
      const insert = /^INSERT[^(]*\(([^)]*)\) VALUES \(([^)]*)\)/.exec(statement.text);
      if (!/^INSERT/.test(statement.text)) continue;
      expect(insert, name).not.toBeNull();
      expect(insert![1]!.split(',').length, name).toBe(insert![2]!.split(',').length);
    }
  });
});
