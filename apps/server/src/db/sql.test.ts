import { describe, expect, it } from 'vitest';
import { sql } from './sql.ts';

describe('sql builder', () => {
  it('parameterises values and renumbers nested fragments', () => {
    const a = sql`state = ${'Soumise'}`;
    const b = sql`org = ${7}`;
    const q = sql`SELECT * FROM t ${sql.where([a, b])} LIMIT ${20}`.toQuery();
    expect(q.text).toBe('SELECT * FROM t WHERE state = $1 AND org = $2 LIMIT $3');
    expect(q.values).toEqual(['Soumise', 7, 20]);
  });

  it('never splices a value into the text', () => {
    const evil = "x'; DROP TABLE dossier; --";
    const q = sql`SELECT ${evil}`.toQuery();
    expect(q.text).toBe('SELECT $1');
    expect(q.values).toEqual([evil]);
  });

  it('renders an empty WHERE when there is no condition', () => {
    expect(sql`SELECT 1 ${sql.where([])}`.toQuery().text).toBe('SELECT 1 ');
  });
});
