import type { GuideInput } from '../../../../shared/guide/types';
import type { Engagement } from '../../../../shared/model/engagement';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { emptyNote, type NoteDoc, type NoteNode } from '../../../../shared/model/note';
import { emptyPlannerSection } from '../../../../shared/model/planner';
import { emptyProjectSection } from '../../../../shared/model/projectRetro';
import type { Goal, Retro } from '../../../../shared/model/retro';

/**
 * An engagement of ten weeks, Monday 5 Jan to Monday 16 Mar 2026 (ISO weeks 2 to 12), with an
 * engineer and a different advisor, and nothing else yet. Tests change what they need.
 */
export function guideWorld(overrides: Partial<Engagement> = {}, change: (w: GuideInput) => void = () => undefined) {
  const w: GuideInput = {
    engagement: {
      id: 'e1',
      name: 'Payments MVP',
      hostTeam: 'Checkout',
      homeTeam: 'Platform',
      people: [
        { id: 'zoe', name: 'Zoë', email: 'zoe@example.com', role: 'engineer' },
        { id: 'sam', name: 'Sam', email: 'sam@example.com', role: 'advisor' },
        { id: 'kenji', name: 'Kenji', email: '', role: 'tech-lead' },
      ],
      startDate: '2026-01-05',
      endDate: '2026-03-16',
      status: 'planning',
      endedEarlyReason: '',
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:00:00.000Z',
      ...overrides,
    },
    lifecycle: emptyLifecycleSection(),
    retro: { goals: [], retros: [] },
    planner: emptyPlannerSection(),
    project: emptyProjectSection(),
  };
  change(w);
  return w;
}

export function goal(id: string, productionAdoption = false): Goal {
  return {
    id,
    kind: 'technical',
    title: `Goal ${id}`,
    metric: '',
    baseline: '',
    target: '',
    productionAdoption,
    createdAt: '2025-12-01T00:00:00.000Z',
  };
}

/** A note with one paragraph of text and, if given, action items. */
export function note(text: string, items: { id: string; due: string | null; checked?: boolean }[] = []): NoteDoc {
  const paragraph = (words: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text: words }] });
  const tasks: NoteNode = {
    type: 'taskList',
    content: items.map((i) => ({
      type: 'taskItem',
      attrs: { id: i.id, checked: i.checked ?? false, owner: null, due: i.due },
      content: [paragraph(`Do ${i.id}`)],
    })),
  };
  return { type: 'doc', content: items.length === 0 ? [paragraph(text)] : [paragraph(text), tasks] };
}

/** A retro held on `date` whose notes were emailed (drafted, then confirmed sent). */
export function retro(id: string, date: string, overrides: Partial<Retro> = {}): Retro {
  return {
    id,
    date,
    attendees: [],
    goalScores: [],
    notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
    mvpStatus: '',
    startedAt: null,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    deletedAt: null,
    mailLog: [{ at: `${date}T15:05:00.000Z`, via: 'draft', to: ['zoe@example.com'], state: 'sent', outboxId: null }],
    ...overrides,
  };
}
