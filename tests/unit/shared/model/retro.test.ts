import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../../../shared/model/note';
import {
  AttendeeSchema,
  emptyRetroSection,
  GoalInputSchema,
  GoalSchema,
  GoalScoreSchema,
  NOTE_SECTION_LABELS,
  NOTE_SECTIONS,
  RetroPatchSchema,
  RetroSchema,
  RetroSectionSchema,
  type Attendee,
  type GoalInput,
} from '../../../../shared/model/retro';
import { link, retro, richDoc, withMarksDoc } from '../../support/notes';

function goalInput(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    kind: 'technical',
    title: 'Deploys take under 10 minutes',
    metric: 'p50 deploy time',
    baseline: '45 min',
    target: '10 min',
    productionAdoption: false,
    ...overrides,
  };
}

function attendee(overrides: Partial<Attendee> = {}): Attendee {
  return { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com', ...overrides };
}

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('GoalInputSchema', () => {
  it('accepts a business or technical goal and trims its text', () => {
    const parsed = GoalInputSchema.parse(
      goalInput({ kind: 'business', title: '  Cut churn  ', metric: ' churn % ', target: ' 2% ' }),
    );
    expect(parsed).toEqual(goalInput({ kind: 'business', title: 'Cut churn', metric: 'churn %', target: '2%' }));
  });

  it('accepts empty metric, baseline and target', () => {
    expect(GoalInputSchema.safeParse(goalInput({ metric: '', baseline: '', target: '' })).success).toBe(true);
  });

  it.each([
    ['title', { title: '' }, 'Give the goal a title.'],
    ['title', { title: '    ' }, 'Give the goal a title.'],
    ['title', { title: 't'.repeat(201) }, 'Title is too long (at most 200 characters).'],
    ['metric', { metric: 'm'.repeat(201) }, 'Metric is too long (at most 200 characters).'],
    ['baseline', { baseline: 'b'.repeat(101) }, 'Baseline is too long (at most 100 characters).'],
    ['target', { target: 't'.repeat(101) }, 'Target is too long (at most 100 characters).'],
  ])('refuses a bad %s with a message for it', (field, overrides, message) => {
    const result = GoalInputSchema.safeParse({ ...goalInput(), ...overrides });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });

  it('accepts a title of exactly 200 characters', () => {
    expect(GoalInputSchema.safeParse(goalInput({ title: 't'.repeat(200) })).success).toBe(true);
  });

  it('refuses an unknown kind with a message', () => {
    const result = GoalInputSchema.safeParse({ ...goalInput(), kind: 'personal' });
    expect(result.error?.issues[0]?.message).toBe('Choose business or technical.');
  });

  it.each([
    ['a missing productionAdoption flag', { productionAdoption: undefined }],
    ['a string productionAdoption flag', { productionAdoption: 'yes' }],
    ['an extra key', { id: 'sneaky' }],
    ['an extra createdAt', { createdAt: '2026-03-02T09:00:00.000Z' }],
  ])('refuses %s', (_what, overrides) => {
    expect(GoalInputSchema.safeParse({ ...goalInput(), ...overrides }).success).toBe(false);
  });
});

describe('GoalSchema', () => {
  it('is a goal input with an id and a creation time, and nothing else', () => {
    const goal = { ...goalInput(), id: 'g-1', createdAt: '2026-03-02T09:00:00.000Z' };
    expect(GoalSchema.parse(goal)).toEqual(goal);
    expect(GoalSchema.safeParse({ ...goal, id: 'not an id' }).success).toBe(false);
    expect(GoalSchema.safeParse({ ...goal, createdAt: '2 March' }).success).toBe(false);
    expect(GoalSchema.safeParse({ ...goal, deletedAt: null }).success).toBe(false);
  });
});

describe('GoalScoreSchema', () => {
  it.each([0, 1, 50, 99, 100])('accepts %i %', (score) => {
    expect(GoalScoreSchema.safeParse({ goalId: 'g-1', score, note: '' }).success).toBe(true);
  });

  it.each([
    [101, 'Scores go from 0 to 100.'],
    [-1, 'Scores go from 0 to 100.'],
  ])('refuses %i with a message', (score, message) => {
    expect(GoalScoreSchema.safeParse({ goalId: 'g-1', score, note: '' }).error?.issues[0]?.message).toBe(message);
  });

  it.each([[50.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['50'], [null]])('refuses %j', (score) => {
    expect(GoalScoreSchema.safeParse({ goalId: 'g-1', score, note: '' }).success).toBe(false);
  });

  it('trims the note and bounds it at 1000 characters', () => {
    expect(GoalScoreSchema.parse({ goalId: 'g-1', score: 5, note: '  slow week  ' }).note).toBe('slow week');
    expect(GoalScoreSchema.safeParse({ goalId: 'g-1', score: 5, note: 'n'.repeat(1001) }).success).toBe(false);
  });

  it('refuses an invalid goal id and extra keys', () => {
    expect(GoalScoreSchema.safeParse({ goalId: '../g', score: 5, note: '' }).success).toBe(false);
    expect(GoalScoreSchema.safeParse({ goalId: 'g-1', score: 5, note: '', weight: 2 }).success).toBe(false);
  });
});

describe('AttendeeSchema', () => {
  it('accepts one of the engagement’s people and a guest without an id or email', () => {
    expect(AttendeeSchema.parse(attendee())).toEqual(attendee());
    expect(AttendeeSchema.parse({ personId: null, name: 'Guest', email: '' })).toEqual({
      personId: null,
      name: 'Guest',
      email: '',
    });
  });

  it('trims the name and the email', () => {
    expect(AttendeeSchema.parse(attendee({ name: '  Ada  ', email: ' ada@example.com ' }))).toEqual(
      attendee({ name: 'Ada', email: 'ada@example.com' }),
    );
  });

  it.each([
    'not-an-email',
    'ada@',
    '@example.com',
    'ada example@x.com',
    'ada@example.com\r\nBcc: all@example.com',
    'ada@example.com,eve@example.com',
  ])('refuses the email %j', (email) => {
    const result = AttendeeSchema.safeParse(attendee({ email }));
    expect(fieldsOf(result)).toEqual(['email']);
  });

  it('refuses an email longer than 254 characters', () => {
    expect(AttendeeSchema.safeParse(attendee({ email: `${'a'.repeat(250)}@example.com` })).success).toBe(false);
  });

  it.each([
    ['a CR/LF (mail header injection)', 'Ada\r\nBcc: everyone@example.com'],
    ['a line feed', 'Ada\nLovelace'],
    ['a carriage return', 'Ada\rLovelace'],
    ['a NUL', 'Ada\u0000'],
    ['a Unicode line separator', 'Ada\u2028Lovelace'],
  ])('refuses a name with %s', (_what, name) => {
    const result = AttendeeSchema.safeParse(attendee({ name }));
    expect(fieldsOf(result)).toEqual(['name']);
  });

  it('refuses an empty or blank name and one over 120 characters', () => {
    expect(fieldsOf(AttendeeSchema.safeParse(attendee({ name: '' })))).toEqual(['name']);
    expect(fieldsOf(AttendeeSchema.safeParse(attendee({ name: '   ' })))).toEqual(['name']);
    expect(fieldsOf(AttendeeSchema.safeParse(attendee({ name: 'n'.repeat(121) })))).toEqual(['name']);
    expect(AttendeeSchema.safeParse(attendee({ name: 'Zoë Ångström 東京' })).success).toBe(true);
  });

  it('refuses an invalid person id and extra keys', () => {
    expect(fieldsOf(AttendeeSchema.safeParse(attendee({ personId: 'p 1' })))).toEqual(['personId']);
    expect(AttendeeSchema.safeParse({ ...attendee(), role: 'engineer' }).success).toBe(false);
  });
});

describe('RetroPatchSchema', () => {
  it('accepts an empty patch and each field alone', () => {
    expect(RetroPatchSchema.parse({})).toEqual({});
    expect(RetroPatchSchema.parse({ date: '2026-03-05' })).toEqual({ date: '2026-03-05' });
    expect(RetroPatchSchema.parse({ attendees: [attendee()] })).toEqual({ attendees: [attendee()] });
    expect(RetroPatchSchema.parse({ goalScores: [{ goalId: 'g-1', score: 40, note: '' }] })).toEqual({
      goalScores: [{ goalId: 'g-1', score: 40, note: '' }],
    });
    expect(RetroPatchSchema.parse({ mvpStatus: '  two weeks out  ' })).toEqual({ mvpStatus: 'two weeks out' });
    expect(RetroPatchSchema.parse({ startedAt: '2026-03-05T15:00:00.000Z' })).toEqual({
      startedAt: '2026-03-05T15:00:00.000Z',
    });
    expect(RetroPatchSchema.parse({ startedAt: null })).toEqual({ startedAt: null });
  });

  it.each([
    ['id', { id: 'other' }],
    [
      'notes',
      { notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() } },
    ],
    ['deletedAt', { deletedAt: null }],
    ['createdAt', { createdAt: '2026-03-05T15:00:00.000Z' }],
    ['updatedAt', { updatedAt: '2026-03-05T15:00:00.000Z' }],
    ['an unknown key', { __proto__fake: true }],
  ])('refuses a patch of %s', (_what, patch) => {
    expect(RetroPatchSchema.safeParse(patch).success).toBe(false);
  });

  it.each([
    ['an impossible date', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-03-05T10:00' }],
    ['a start time that is not ISO', { startedAt: 'now' }],
    ['a score of 101', { goalScores: [{ goalId: 'g-1', score: 101, note: '' }] }],
    ['a score of -1', { goalScores: [{ goalId: 'g-1', score: -1, note: '' }] }],
    ['a score of 50.5', { goalScores: [{ goalId: 'g-1', score: 50.5, note: '' }] }],
    ['an attendee with a bad email', { attendees: [attendee({ email: 'nope' })] }],
    ['201 attendees', { attendees: Array.from({ length: 201 }, () => attendee()) }],
    ['an MVP status over 2000 characters', { mvpStatus: 'm'.repeat(2001) }],
  ])('refuses %s', (_what, patch) => {
    expect(RetroPatchSchema.safeParse(patch).success).toBe(false);
  });
});

describe('RetroSchema', () => {
  const stored = retro({
    id: 'r-1',
    date: '2026-03-05',
    attendees: [attendee()],
    goalScores: [{ goalId: 'g-1', score: 30, note: 'first week' }],
    notes: { wentWell: richDoc(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
    startedAt: '2026-03-05T15:00:00.000Z',
  });

  it('accepts a stored retro unchanged', () => {
    expect(RetroSchema.parse(stored)).toEqual(stored);
  });

  it('has exactly the four note sections, with labels', () => {
    expect(NOTE_SECTIONS).toEqual(['wentWell', 'wentPoorly', 'doNextTime', 'notes']);
    expect(Object.keys(NOTE_SECTION_LABELS).sort()).toEqual([...NOTE_SECTIONS].sort());
  });

  it('refuses a missing or an extra note section', () => {
    const threeSections = { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote() };
    expect(fieldsOf(RetroSchema.safeParse({ ...stored, notes: threeSections }))).toEqual(['notes.notes']);
    expect(RetroSchema.safeParse({ ...stored, notes: { ...stored.notes, blockers: emptyNote() } }).success).toBe(false);
  });

  it('refuses a hostile note in any section', () => {
    for (const section of NOTE_SECTIONS) {
      const hostile = { ...stored, notes: { ...stored.notes, [section]: withMarksDoc([link('javascript:alert(1)')]) } };
      expect(fieldsOf(RetroSchema.safeParse(hostile))[0]).toMatch(new RegExp(`^notes\\.${section}\\.`));
    }
  });

  it('refuses extra keys and bad timestamps', () => {
    expect(RetroSchema.safeParse({ ...stored, html: '<p>' }).success).toBe(false);
    expect(RetroSchema.safeParse({ ...stored, deletedAt: 'yesterday' }).success).toBe(false);
    expect(RetroSchema.safeParse({ ...stored, createdAt: '2026-03-05' }).success).toBe(false);
    expect(RetroSchema.safeParse({ ...stored, date: '05/03/2026' }).success).toBe(false);
  });
});

describe('RetroSectionSchema', () => {
  it('starts empty and accepts goals and retros', () => {
    expect(emptyRetroSection()).toEqual({ goals: [], retros: [] });
    const section = {
      goals: [{ ...goalInput(), id: 'g-1', createdAt: '2026-03-02T09:00:00.000Z' }],
      retros: [retro({ id: 'r-1', date: '2026-03-05' })],
    };
    expect(RetroSectionSchema.parse(section)).toEqual(section);
    expect(RetroSectionSchema.safeParse({ ...section, extra: [] }).success).toBe(false);
  });

  it('returns a fresh section each time', () => {
    emptyRetroSection().goals.push({ ...goalInput(), id: 'g-1', createdAt: '2026-03-02T09:00:00.000Z' });
    expect(emptyRetroSection().goals).toEqual([]);
  });
});
