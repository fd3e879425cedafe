import { composeRetroMail } from '../../../../shared/mail/retroMail';
import type { Engagement } from '../../../../shared/model/engagement';
import { emptyNote, type NoteNode } from '../../../../shared/model/note';
import type { Goal, Retro } from '../../../../shared/model/retro';
import { person, validInput } from '../../support/fixtures';
import { doc, line, link, paragraph, retro as retroOf, taskItem, taskList, text } from '../../support/notes';

/** The engagement, goals and retro the composeRetroMail tests mail, and helpers to read the result. */

export function engagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    ...validInput({
      people: [
        person({ id: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' }),
        person({ id: 'p-2', name: 'Grace Hopper', email: 'grace@example.com' }),
        person({ id: 'p-3', name: 'Alan Turing', email: '' }),
      ],
    }),
    id: 'e-1',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function goal(id: string, title: string): Goal {
  return {
    id,
    kind: 'technical',
    title,
    metric: '',
    baseline: '',
    target: '',
    productionAdoption: false,
    createdAt: '2026-03-01T09:00:00.000Z',
  };
}

const GOALS = [goal('g-1', 'Deploys under 10 min'), goal('g-2', 'Adoption')];

export const actionsNote = (): NoteNode =>
  doc(
    taskList(
      taskItem({ id: 'ai-1', owner: 'p-1', due: '2026-03-12' }, 'Write the runbook'),
      taskItem({ id: 'ai-2', checked: true, owner: 'p-gone' }, 'Pair on the pipeline'),
    ),
  );

/** A retro with something in every part of the mail (except free notes). */
export function fullRetro(overrides: Partial<Retro> = {}): Retro {
  return retroOf({
    id: 'r-1',
    date: '2026-03-05',
    attendees: [
      { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
      { personId: 'p-3', name: 'Alan Turing', email: '' },
      { personId: null, name: 'Zoë Ångström', email: 'zoe@example.com' },
    ],
    notes: {
      wentWell: doc(
        line('Shipped the billing fix'),
        paragraph(text('see '), text('the PR', [link('https://git.example.com/pr/42')])),
      ),
      wentPoorly: emptyNote(),
      doNextTime: actionsNote(),
      notes: emptyNote(),
    },
    goalScores: [
      { goalId: 'g-1', score: 80, note: 'p50 at 12 min' },
      { goalId: 'g-2', score: 40, note: '' },
      { goalId: 'g-deleted', score: 10, note: 'goal removed since' },
    ],
    mvpStatus: 'Billing MVP live for 10% of traffic',
    ...overrides,
  });
}

export const compose = (retro: Retro, subject?: string, eng: Engagement = engagement()) =>
  composeRetroMail({ engagement: eng, retro, goals: GOALS, ...(subject === undefined ? {} : { subject }) });

/** Every tag of an HTML string (the text in it is escaped, so each "<" opens a tag). */
export function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** The <h2> section titles of the HTML part, in order. */
export function htmlSections(html: string): string[] {
  return [...html.matchAll(/<h2 [^>]*>([^<]*)<\/h2>/g)].map((m) => m[1] ?? '');
}

/** The underlined section titles of the text part, in order. */
export function textSections(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter((l, i) => /^-{3,}$/.test(lines[i + 1] ?? '') && l !== '');
}
