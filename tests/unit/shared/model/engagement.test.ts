import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  EngagementInputSchema,
  EngagementSchema,
  EngagementSummarySchema,
  IdSchema,
  summarize,
  type Engagement,
  type EngagementInput,
} from '../../../../shared/model/engagement';
import { person, validInput } from '../../support/fixtures';

/** Parses and returns path -> messages, failing the test if the input was accepted. */
function refusals(input: unknown): Map<string, string[]> {
  const result = EngagementInputSchema.safeParse(input);
  if (result.success) throw new Error(`Expected a refusal, got ${JSON.stringify(result.data)}`);
  return issuesByPath(result.error);
}

function issuesByPath(error: z.ZodError): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return out;
}

function accepted(input: unknown): EngagementInput {
  const result = EngagementInputSchema.safeParse(input);
  if (!result.success) throw new Error(`Expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

describe('EngagementInputSchema', () => {
  it('accepts a complete, valid engagement unchanged', () => {
    const input = validInput();
    expect(accepted(input)).toEqual(input);
  });

  it('accepts an engagement with no people and empty optional team names', () => {
    expect(accepted(validInput({ people: [], hostTeam: '', homeTeam: '' })).people).toEqual([]);
  });

  it('trims names, teams and emails', () => {
    const parsed = accepted(
      validInput({
        name: '  Payments platform  ',
        hostTeam: ' Payments ',
        people: [person({ name: ' Ada ', email: '  ada@example.com ' })],
      }),
    );
    expect(parsed.name).toBe('Payments platform');
    expect(parsed.hostTeam).toBe('Payments');
    expect(parsed.people[0]?.name).toBe('Ada');
    expect(parsed.people[0]?.email).toBe('ada@example.com');
  });

  it.each(['', '   ', '\t \t'])('refuses an empty or blank name (%j) on "name"', (name) => {
    const errors = refusals(validInput({ name }));
    expect([...errors.keys()]).toEqual(['name']);
  });

  it('tells the user to give the engagement a name', () => {
    expect(refusals(validInput({ name: '   ' })).get('name')).toEqual(['Give the engagement a name.']);
  });

  it('refuses a name over 120 characters, counted after trimming', () => {
    expect(accepted(validInput({ name: `  ${'x'.repeat(120)}  ` })).name).toHaveLength(120);
    expect(refusals(validInput({ name: 'x'.repeat(121) })).get('name')?.[0]).toMatch(/too long/);
  });

  it('refuses an end date before the start date, on "endDate"', () => {
    const errors = refusals(validInput({ startDate: '2026-05-11', endDate: '2026-05-10' }));
    expect(errors.get('endDate')).toEqual(['The end date must be on or after the start date.']);
    expect(errors.has('startDate')).toBe(false);
  });

  it('accepts an engagement that starts and ends on the same day', () => {
    expect(accepted(validInput({ startDate: '2026-05-11', endDate: '2026-05-11' })).endDate).toBe('2026-05-11');
  });

  it.each(['2026-02-30', '2026-2-3', '02/03/2026', '2026-03-02T00:00:00Z', ''])(
    'refuses a date that is not a real YYYY-MM-DD day (%j)',
    (startDate) => {
      expect(refusals(validInput({ startDate })).get('startDate')).toContain('Enter a date as YYYY-MM-DD.');
    },
  );

  it.each(['not-an-email', 'ada@', '@example.com', 'ada example@example.com', 'ada@@example.com'])(
    'refuses the malformed email %j on "people.N.email"',
    (email) => {
      const errors = refusals(validInput({ people: [person(), person({ id: 'p-2', email })] }));
      expect(errors.get('people.1.email')).toEqual(['Enter a valid email address, like name@example.com.']);
      expect(errors.has('people.0.email')).toBe(false);
    },
  );

  it('accepts a person without an email address', () => {
    expect(accepted(validInput({ people: [person({ email: '' })] })).people[0]?.email).toBe('');
  });

  it('refuses an email that smuggles in a mail header', () => {
    const errors = refusals(validInput({ people: [person({ email: 'a@b.com\r\nBcc: x@y.z' })] }));
    expect(errors.has('people.0.email')).toBe(true);
  });

  it('refuses an email over 254 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(190)}.com`;
    expect(refusals(validInput({ people: [person({ email })] })).get('people.0.email')).toContain(
      'Email address is too long.',
    );
  });

  it('refuses the same email twice, ignoring case and surrounding spaces, on the later person', () => {
    const errors = refusals(
      validInput({
        people: [
          person({ id: 'a', email: 'ada@example.com' }),
          person({ id: 'b', email: 'grace@example.com' }),
          person({ id: 'c', email: ' ADA@Example.com ' }),
        ],
      }),
    );
    expect(errors.get('people.2.email')).toEqual(['Same email as person 1.']);
    expect(errors.has('people.0.email')).toBe(false);
  });

  it('does not treat several people without email as duplicates', () => {
    const people = [person({ id: 'a', email: '' }), person({ id: 'b', email: '' })];
    expect(accepted(validInput({ people })).people).toHaveLength(2);
  });

  it('refuses two people with the same id', () => {
    const errors = refusals(
      validInput({ people: [person({ id: 'same', email: '' }), person({ id: 'same', email: 'x@example.com' })] }),
    );
    expect(errors.get('people.1.id')).toEqual(['Duplicate person id.']);
  });

  it.each(['', 'a/b', '../x', 'a.b', 'x'.repeat(65), 'naïve'])('refuses the person id %j', (id) => {
    expect(refusals(validInput({ people: [person({ id })] })).get('people.0.id')).toEqual(['Not a valid id.']);
  });

  it('refuses a person with a blank name', () => {
    expect(refusals(validInput({ people: [person({ name: '  ' })] })).get('people.0.name')).toEqual([
      'Enter the person’s name.',
    ]);
  });

  it.each(['', '   '])("refuses 'ended-early' without a reason (%j)", (endedEarlyReason) => {
    const errors = refusals(validInput({ status: 'ended-early', endedEarlyReason }));
    expect(errors.get('endedEarlyReason')).toEqual(['Say why the engagement ended early.']);
  });

  it("accepts 'ended-early' with a reason, which may span lines", () => {
    const parsed = accepted(validInput({ status: 'ended-early', endedEarlyReason: 'Host team re-org.\nPaused.' }));
    expect(parsed.endedEarlyReason).toBe('Host team re-org.\nPaused.');
  });

  it('does not require a reason for the other statuses', () => {
    for (const status of ['sourcing', 'planning', 'active', 'wrapping-up', 'done'] as const) {
      expect(accepted(validInput({ status, endedEarlyReason: '' })).status).toBe(status);
    }
  });

  it.each([
    ['name', 'Pay\r\nments'],
    ['name', 'Pay\nments'],
    ['name', 'Pay\rments'],
    ['name', 'Pay\tments'],
    ['name', 'Pay\u0000ments'],
    ['name', 'Pay\u001bments'],
    ['name', 'Pay\u007fments'],
    ['hostTeam', 'Host\r\nBcc: x@y.z'],
    ['homeTeam', 'Home\nteam'],
    ['name', 'Next\u0085line'],
    ['hostTeam', 'Line\u2028separator'],
    ['homeTeam', 'Para\u2029separator'],
  ] as const)('refuses control characters in %s (%j)', (field, value) => {
    const errors = refusals({ ...validInput(), [field]: value });
    expect(errors.get(field)?.[0]).toMatch(/cannot contain line breaks or control characters/);
  });

  it('refuses line breaks inside a person’s name', () => {
    const errors = refusals(validInput({ people: [person({ name: 'Ada\r\nBcc: x@y.z' })] }));
    expect(errors.get('people.0.name')?.[0]).toMatch(/cannot contain line breaks/);
  });

  it('refuses unknown keys on a person', () => {
    const payload: unknown = { ...validInput(), people: [{ ...person(), isAdmin: true }] };
    const result = EngagementInputSchema.safeParse(payload);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });

  it('refuses unknown top-level keys', () => {
    const result = EngagementInputSchema.safeParse({ ...validInput(), id: 'chosen-by-renderer', admin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });

  it('refuses an own "__proto__" key from JSON', () => {
    const payload: unknown = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(validInput()).slice(1)}`);
    expect(EngagementInputSchema.safeParse(payload).success).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses missing fields, one message per field', () => {
    const errors = refusals({});
    expect([...errors.keys()].sort()).toEqual(
      ['endDate', 'endedEarlyReason', 'homeTeam', 'hostTeam', 'name', 'people', 'startDate', 'status'].sort(),
    );
  });

  it('refuses wrong types and unknown enum values with words a user can act on', () => {
    const errors = refusals({ ...validInput(), name: 42, people: 'everyone', status: 'paused' });
    expect(errors.has('name')).toBe(true);
    expect(errors.has('people')).toBe(true);
    expect(errors.get('status')).toEqual(['Choose a status.']);
    expect(
      refusals(validInput({ people: [{ ...person(), role: 'boss' as 'engineer' }] })).get('people.0.role'),
    ).toEqual(['Choose a role.']);
  });

  it('refuses more than 200 people', () => {
    const people = Array.from({ length: 201 }, (_, i) => person({ id: `p${i}`, email: `p${i}@example.com` }));
    expect(refusals(validInput({ people })).get('people')).toEqual(['At most 200 people per engagement.']);
  });

  it('refuses a reason over 4000 characters', () => {
    const errors = refusals(validInput({ status: 'ended-early', endedEarlyReason: 'x'.repeat(4001) }));
    expect(errors.get('endedEarlyReason')?.[0]).toMatch(/too long/);
  });

  it('refuses non-object payloads', () => {
    for (const payload of [null, undefined, 'engagement', 42, [validInput()]]) {
      expect(EngagementInputSchema.safeParse(payload).success).toBe(false);
    }
  });
});

describe('IdSchema', () => {
  it('accepts UUIDs and short safe ids, refuses anything that could leave a folder', () => {
    expect(IdSchema.safeParse('0b7c3f8e-2f1d-4c55-9a55-8d3f7e2c1a90').success).toBe(true);
    expect(IdSchema.safeParse('a_B-9').success).toBe(true);
    for (const bad of ['', '..', '../etc/passwd', 'a\\b', 'a b', 'x'.repeat(65), 'a\u0000']) {
      expect(IdSchema.safeParse(bad).success).toBe(false);
    }
  });
});

function stored(overrides: Partial<Engagement> = {}): Engagement {
  return {
    ...validInput(),
    id: 'eng-1',
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

describe('EngagementSchema', () => {
  it('accepts a stored engagement and applies the same rules as the input', () => {
    expect(EngagementSchema.safeParse(stored()).success).toBe(true);
    expect(EngagementSchema.safeParse(stored({ endDate: '2026-01-01' })).success).toBe(false);
    expect(EngagementSchema.safeParse(stored({ id: '../x' })).success).toBe(false);
    expect(EngagementSchema.safeParse(stored({ createdAt: 'yesterday' })).success).toBe(false);
    expect(EngagementSchema.safeParse({ ...stored(), extra: 1 }).success).toBe(false);
  });
});

describe('summarize', () => {
  it('keeps what the list shows and counts the people', () => {
    const summary = summarize(stored());
    expect(summary).toEqual({
      id: 'eng-1',
      name: 'Payments platform',
      hostTeam: 'Payments',
      status: 'planning',
      startDate: '2026-03-02',
      endDate: '2026-05-11',
      peopleCount: 2,
      updatedAt: '2026-03-02T09:30:00.000Z',
    });
    expect(EngagementSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('counts zero people', () => {
    expect(summarize(stored({ people: [] })).peopleCount).toBe(0);
  });
});
