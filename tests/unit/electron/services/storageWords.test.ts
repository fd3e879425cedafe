import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageWords } from '../../../../electron/services/storageWords';

describe('what a failed or unsaved write is about, in words', () => {
  const dataDir = path.resolve('/data');
  const words = storageWords(dataDir, (id) => (id === 'e1' ? 'Payments MVP' : null));
  const file = (...parts: string[]) => path.join(dataDir, ...parts);

  it('names each top-level file, the problems kept for the banner included', () => {
    expect(words.describeFile(file('settings.json'))).toBe('your settings');
    expect(words.describeFile(file('problems.json'))).toBe('the problems kept for the start-up banner (problems.json)');
    expect(words.describeKey('problems')).toBe('the problems kept for the start-up banner (problems.json)');
    expect(words.describeFile(file('outbox.json'))).toBe('the outbox (mail waiting to be sent)');
  });

  it('names a record by what it is and its engagement, and at quit by its engagement alone', () => {
    const retro = file('engagements', 'e1', 'retros', '2026-03-12-r1.json');
    expect(words.describeFile(retro)).toBe('The retro of 12 Mar 2026 in “Payments MVP”');
    expect(words.describeFile(file('engagements', 'e1', 'weeks', '2026-W10.json'))).toBe(
      'The plan of week 10, 2026 in “Payments MVP”',
    );
    expect(words.describeFile(file('engagements', 'e2', 'goals.json'))).toBe('The goals in an engagement');
    expect(words.describeUnsaved(retro)).toBe('engagement “Payments MVP”');
  });
});
