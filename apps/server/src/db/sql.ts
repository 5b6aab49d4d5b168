// A tagged template that builds parameterised SQL for both drivers (PGlite and postgres.js).
// Values become $n parameters; nested fragments are spliced in with their parameters renumbered,
// so filters can be composed without ever concatenating user input into SQL text.

export class SqlFragment {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
  constructor(strings: readonly string[], values: readonly unknown[]) {
    this.strings = strings;
    this.values = values;
  }

  /** Renders to driver form: text with $1…$n and the flat list of values. */
  toQuery(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.render(values);
    return { text, values };
  }

  private render(values: unknown[]): string {
    let text = this.strings[0];
    for (let i = 0; i < this.values.length; i++) {
      const v = this.values[i];
      if (v instanceof SqlFragment) text += v.render(values);
      else {
        values.push(v);
        text += `$${values.length}`;
      }
      text += this.strings[i + 1];
    }
    return text;
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  return new SqlFragment(strings, values);
}

/** SQL text taken verbatim. Only for identifiers chosen from a whitelist in code, never user input. */
sql.raw = (text: string): SqlFragment => new SqlFragment([text], []);

sql.empty = new SqlFragment([''], []);

/** Joins fragments with a separator (e.g. `sql.join(conditions, ' AND ')`). */
sql.join = (parts: readonly SqlFragment[], separator: string): SqlFragment => {
  if (parts.length === 0) return sql.empty;
  const strings = [''];
  for (let i = 1; i < parts.length; i++) strings.push(separator);
  strings.push('');
  return new SqlFragment(strings, parts);
};

/** `WHERE a AND b` or nothing when there are no conditions. */
sql.where = (conditions: readonly SqlFragment[]): SqlFragment =>
  conditions.length === 0 ? sql.empty : sql`WHERE ${sql.join(conditions, ' AND ')}`;

/** A JSON value as a jsonb parameter, serialised here so both drivers behave the same. */
sql.json = (value: unknown): SqlFragment => new SqlFragment(['', '::text::jsonb'], [JSON.stringify(value)]);
