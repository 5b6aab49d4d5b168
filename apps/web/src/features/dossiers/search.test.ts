// The list's URL is user input: it is parsed leniently (bad values dropped, never a crash) and sent
// to the server, which validates strictly (S33). These tests pin the lenient side.
import { describe, expect, it } from 'vitest';
import { filtersOf, toQueryString, validateListSearch } from './search.ts';

describe('list search params', () => {
  it('keeps the known filters, the sort, the page size and a well-formed cursor', () => {
    const s = validateListSearch({
      reference: ' DFD-2026-000123 ',
      category: 'ale',
      state: 'soumise',
      submittedFrom: '2026-01-01',
      sort: 'reference',
      dir: 'asc',
      pageSize: 50,
      cursor: 'eyJ2IjoxfQ',
      page: 3,
    });
    expect(s).toEqual({
      reference: 'DFD-2026-000123',
      category: 'ale',
      state: 'soumise',
      submittedFrom: '2026-01-01',
      sort: 'reference',
      dir: 'asc',
      pageSize: 50,
      cursor: 'eyJ2IjoxfQ',
      page: 3,
    });
  });

  it('S33: drops unknown keys, unknown sort columns, odd page sizes and malformed cursors', () => {
    const s = validateListSearch({
      evil: "'; DROP TABLE dossier; --",
      sort: 'id; DELETE',
      dir: 'sideways',
      pageSize: 1000,
      cursor: '../../etc/passwd',
      page: -4,
      state: { nested: true },
    });
    expect(s).toEqual({});
  });

  it('reads a N° made only of digits (parsed as a number by the router) as text, and bounds lengths', () => {
    const s = validateListSearch({ importer: 1524879000045, goods: 'x'.repeat(500) });
    expect(s.importer).toBe('1524879000045');
    expect(s.goods).toHaveLength(200);
  });

  it('passes injection payloads through as inert text, encoded in the query string', () => {
    const s = validateListSearch({ importer: '<script>alert(1)</script>&state=acceptee' });
    expect(filtersOf(s)).toEqual({ importer: '<script>alert(1)</script>&state=acceptee' });
    const qs = new URLSearchParams(toQueryString(s));
    expect([...qs.keys()]).toEqual(['importer']);
    expect(qs.get('importer')).toBe('<script>alert(1)</script>&state=acceptee');
  });

  it('never sends the page number and can leave out the cursor (exports)', () => {
    const s = validateListSearch({ category: 'ale', cursor: 'abc', page: 2, pageSize: 10 });
    expect(toQueryString(s)).toBe('category=ale&pageSize=10&cursor=abc');
    expect(toQueryString(s, ['cursor', 'pageSize'])).toBe('category=ale');
  });

  it("keeps the dashboard's link filters when well formed, and sends them to the list and exports", () => {
    const s = validateListSearch({
      submittedFrom: '2026-01-01',
      decidedWithinSla: 'false',
      processingDays: '2-3',
      agent: 42,
      stage: 'decided',
      overdue: 'true',
    });
    expect(filtersOf(s)).toEqual({
      submittedFrom: '2026-01-01',
      decidedWithinSla: 'false',
      processingDays: '2-3',
      agent: '42',
      stage: 'decided',
      overdue: 'true',
    });
    expect(toQueryString(s, ['cursor'])).toBe(
      'submittedFrom=2026-01-01&decidedWithinSla=false&processingDays=2-3&stage=decided&agent=42&overdue=true',
    );
    const bad = validateListSearch({
      decidedWithinSla: 'oui',
      processingDays: '1;DROP',
      agent: '-1',
      stage: 'x',
    });
    expect(bad).toEqual({});
  });
});
