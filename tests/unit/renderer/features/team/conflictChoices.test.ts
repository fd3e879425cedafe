import { describe, expect, it } from 'vitest';
import type { ConflictView } from '../../../../../shared/ipc/team';
import {
  authorOf,
  CHOICE_LABELS,
  choicesOf,
  missingSentence,
  resolveRequest,
  valueText,
} from '../../../../../renderer/features/team/conflictChoices';

const conflict: ConflictView = {
  id: 'c1',
  engagementId: 'e1',
  engagementName: 'Payments MVP',
  recordLabel: 'Retro of 3 Dec 2026',
  createdAt: '2026-12-03T16:00:00.000Z',
  oursBy: 'Ana Lima',
  theirsBy: 'Bruno Costa',
  fields: [
    { label: 'Went well', kind: 'note', ours: null, theirs: null, canKeepBoth: true },
    { label: 'MVP status', kind: 'value', ours: 'on-track', theirs: 'at-risk', canKeepBoth: false },
  ],
};

describe('settling a conflict field by field', () => {
  it('offers Keep both only where both can be kept', () => {
    expect(choicesOf({ canKeepBoth: true }).map((c) => CHOICE_LABELS[c])).toEqual([
      'Keep this laptop’s',
      'Keep the team’s',
      'Keep both',
    ]);
    expect(choicesOf({ canKeepBoth: false })).toEqual(['ours', 'theirs']);
  });

  it('sends one choice per field, in the view’s order', () => {
    expect(resolveRequest(conflict, { 1: 'theirs', 0: 'both' })).toEqual({
      ok: true,
      request: { engagementId: 'e1', conflictId: 'c1', choices: ['both', 'theirs'] },
    });
  });

  it('picks nothing for the user: a field left open is named', () => {
    expect(resolveRequest(conflict, {})).toEqual({ ok: false, missing: ['Went well', 'MVP status'] });
    expect(resolveRequest(conflict, { 0: 'ours' })).toEqual({ ok: false, missing: ['MVP status'] });
    // "Keep both" where it cannot be kept is not a choice.
    expect(resolveRequest(conflict, { 0: 'ours', 1: 'both' })).toEqual({ ok: false, missing: ['MVP status'] });
    expect(resolveRequest({ ...conflict, fields: [] }, {})).toEqual({ ok: false, missing: [] });
  });

  it('says what is still to choose', () => {
    expect(missingSentence(['Went well'])).toBe('Choose a version for Went well.');
    expect(missingSentence(['Went well', 'To improve', 'MVP status'])).toBe(
      'Choose a version for Went well, To improve and MVP status.',
    );
  });

  it('calls this laptop’s author You, and names the teammate', () => {
    const me = { name: 'Ana Lima', email: 'ana@example.com' };
    expect(authorOf('Ana Lima', 'ours', me)).toBe('You');
    expect(authorOf('ana@example.com', 'theirs', me)).toBe('You');
    expect(authorOf('Bruno Costa', 'theirs', me)).toBe('Bruno Costa');
    expect(authorOf(null, 'ours', null)).toBe('You');
    expect(authorOf(null, 'theirs', me)).toBe('A teammate');
  });

  it('writes other values as text', () => {
    expect(valueText('at-risk')).toBe('at-risk');
    expect(valueText(7)).toBe('7');
    expect(valueText(true)).toBe('Yes');
    expect(valueText(null)).toBe('(empty)');
    expect(valueText('')).toBe('(empty)');
    expect(valueText([])).toBe('(none)');
    expect(valueText(['Ana', 'Bruno'])).toBe('Ana, Bruno');
    expect(valueText({ score: 3 })).toBe('{\n  "score": 3\n}');
  });
});
