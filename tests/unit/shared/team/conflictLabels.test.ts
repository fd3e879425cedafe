import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../../shared/team/conflictLabels';
import { RETRO_R1, richRecord, WEEK_10 } from './teamWorld';

describe('a conflicted field in the user’s words', () => {
  const label = (record: string, path: (string | number)[], context = {}) =>
    fieldLabel(record, path, richRecord(record), context);

  it('names a retro’s note sections, date and status as the retro page does', () => {
    expect(label(RETRO_R1, ['notes', 'wentWell'])).toBe('Went well');
    expect(label(RETRO_R1, ['notes', 'wentPoorly'])).toBe('Went poorly');
    expect(label(RETRO_R1, ['notes', 'doNextTime'])).toBe('Do next time');
    expect(label(RETRO_R1, ['notes', 'notes'])).toBe('Notes');
    expect(label(RETRO_R1, ['date'])).toBe('Retro date');
    expect(label(RETRO_R1, ['mvpStatus'])).toBe('MVP status / blockers');
    expect(label(RETRO_R1, ['attendees'])).toBe('Attendees');
    expect(label('project-retro.json', ['notes', 'takeaways'])).toBe('Key takeaways');
    expect(label('project-retro.json', ['date'])).toBe('Project retro date');
  });

  it('names a list item by its name, then the field', () => {
    expect(label('goals.json', ['goals', 'g1', 'title'])).toBe('Goal “Checkout in prod” · title');
    expect(label('goals.json', ['goals', 'g2', 'productionAdoption'])).toBe(
      'Goal “Deploys < 10 min” · production adoption',
    );
    expect(label('milestones.json', ['milestones', 'm2', 'date'])).toBe('Milestone “Demo” · date');
    expect(label('rituals.json', ['rituals', 'su', 'minutes'])).toBe('Ritual “Stand-up” · duration');
    expect(label('engagement.json', ['people', 'p-2', 'email'])).toBe('Person “Grace Hopper” · email');
    expect(label('lifecycle.json', ['followUps', 'f1', 'cadence'])).toBe('Follow-up “Kenji” · cadence');
    expect(label('goals.json', ['goals', 'gone', 'title'])).toBe('Goal · title');
  });

  it('names a goal score by the goal’s title from goals.json', () => {
    const goalTitles = { g2: 'Adopt in production' };
    expect(label(RETRO_R1, ['goalScores', 'g2', 'score'], { goalTitles })).toBe('Goal “Adopt in production” · score');
    expect(label(RETRO_R1, ['goalScores', 'g2', 'note'])).toBe('Goal · note');
  });

  it('names the answers the model has a table of words for', () => {
    expect(label('lifecycle.json', ['redFlags', 'timeZones'])).toBe('Red flag: Different time zones');
    expect(label('lifecycle.json', ['checkInAnswers', 'stuck'])).toBe('Check-in: Did the changes stick?');
    expect(label('lifecycle.json', ['wrapUp', 'npsSent'])).toBe('Wrap-up: Project NPS sent');
    expect(label('lifecycle.json', ['onePager'])).toBe('One-pager');
    expect(label(WEEK_10, ['days', 'mon', 'note'])).toBe('Monday · note');
    expect(label(WEEK_10, ['days', 'fri'])).toBe('Friday');
    expect(label('fit-check/v1.json', ['teamFit'])).toBe('Team fit');
    expect(label('engagement.json', ['endedEarlyReason'])).toBe('Why it ended early');
  });

  it('names the whole record as the record, and falls back to words for a key it does not know', () => {
    expect(label(RETRO_R1, [])).toBe('The retro of 5 Mar 2026');
    expect(label('engagement.json', [])).toBe('The details and people');
    expect(label(RETRO_R1, ['someNewField', 'inner_part'])).toBe('Some new field · inner part');
    expect(fieldLabel('notes/odd.json', ['a', 0], { a: [1] })).toBe('A · item 1');
  });

  it('shortens a long name', () => {
    const long = 'A'.repeat(100);
    const goals = { goals: [{ id: 'g1', title: long }] };
    expect(fieldLabel('goals.json', ['goals', 'g1', 'title'], goals)).toBe(`Goal “${'A'.repeat(59)}…” · title`);
  });
});
