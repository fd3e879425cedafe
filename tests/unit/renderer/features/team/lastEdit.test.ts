import { describe, expect, it } from 'vitest';
import { lastEditWords } from '../../../../../renderer/features/team/LastEdit';

describe('who last changed a shared record', () => {
  it('reads as a person and a day', () => {
    expect(lastEditWords({ record: 'retros/2026-12-03-r1.json', by: 'Ana', at: '2026-12-03T16:20:00+01:00' })).toBe(
      'Edited by Ana, 3 Dec 2026',
    );
    expect(lastEditWords({ record: 'goals.json', by: 'You', at: '2026-12-01T09:00:00Z' })).toBe(
      'Edited by you, 1 Dec 2026',
    );
  });

  it('says nothing for a record never committed', () => {
    expect(lastEditWords(undefined)).toBeNull();
  });
});
