/**
 * The one way a data file is serialised, so the same document is the same bytes every
 * time (git diffs and merges them; the writer skips a write whose bytes are unchanged):
 * keys sorted by UTF-16 code unit, 2-space indent, LF, a newline at the end, UTF-8
 * without a BOM. Sorted rather than schema order: the order then depends on nothing but
 * the data — not on which code path built the object (spreads, migrations, zod's output
 * order), not on the schema version — and it needs no schema at write time.
 * Array order is kept: it means something (the user's order of engagements, of notes).
 * Values JSON has no form for are treated as JSON.stringify treats them.
 */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(value, sortKeys, 2) as string | undefined;
  if (text === undefined) throw new TypeError('Only a JSON value can be written as a data file.');
  return `${text}\n`;
}

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

function sortKeys(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  // No prototype: a key named __proto__ stays a key.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return sorted;
}
