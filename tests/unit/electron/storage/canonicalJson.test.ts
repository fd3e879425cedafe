import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from '../../../../electron/storage/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, indents by 2 spaces and ends with one LF', () => {
    const text = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } });
    expect(text).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes however the object was built', () => {
    const built = { schemaVersion: 9, engagement: { name: 'Payments', id: 'e1' } };
    const spread = { ...{ engagement: { id: 'e1', name: 'Payments' } }, schemaVersion: 9 };
    expect(canonicalBytes(built).equals(canonicalBytes(spread))).toBe(true);
  });

  it('is UTF-8 without a BOM, with LF only, even when the text holds CR LF and non-ASCII', () => {
    const bytes = canonicalBytes({ note: 'Grüße\r\nzweite Zeile 🚀' });
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes.toString('utf8')).toBe('{\n  "note": "Grüße\\r\\nzweite Zeile 🚀"\n}\n');
  });

  it('keeps a key named __proto__ as a key, and drops undefined as JSON.stringify does', () => {
    const doc = JSON.parse('{"__proto__": {"x": 1}, "gone": null}') as Record<string, unknown>;
    doc['missing'] = undefined;
    expect(canonicalJson(doc)).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "gone": null\n}\n');
  });

  it('refuses what is not a JSON value', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('canonicalJson against JSON.stringify', () => {
  it('is JSON.stringify(value, null, 2) of the same value with its keys sorted', () => {
    const sortDeep = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(sortDeep);
      if (value === null || typeof value !== 'object') return value;
      const source = value as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(source)
          .sort()
          .map((key) => [key, sortDeep(source[key])]),
      );
    };
    const value = {
      z: [1, -0, 2.5e-7, 1e21, NaN, Infinity, null, true, false, 'a"b\\c\u2028\u0001', [], {}, [undefined]],
      a: { when: new Date('2026-12-02T12:00:00.000Z'), nested: { b: 'é', a: '😀' }, gone: undefined },
      m: '',
    };
    expect(canonicalJson(value)).toBe(`${JSON.stringify(sortDeep(JSON.parse(JSON.stringify(value))), null, 2)}\n`);
  });
});
