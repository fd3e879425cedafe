import { describe, expect, it } from 'vitest';
import { serviceSearchSource } from '../../../../../electron/services/search/serviceSource';
import { engagementDocs } from '../../../../../shared/search/recordDocs';
import { SearchEngine } from '../../../../../shared/search/searchEngine';
import { validInput } from '../../../support/fixtures';
import { doc, paragraph, text } from '../../../support/notes';
import { openServices } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';

const note = (value: string) => doc(paragraph(text(value)));

describe('what search finds of an engagement, read through the services', () => {
  const tempDir = useTempDir();

  it('indexes every kind of record with its title, date and people', async () => {
    const { call, services } = openServices(tempDir());
    const e = await call('engagements:create', validInput({ name: 'Payments MVP' }));
    const engagementId = e.id;
    await call('goals:save', {
      engagementId,
      goalId: null,
      input: {
        kind: 'technical',
        title: 'Faster checkout',
        metric: 'p95 latency',
        baseline: '900 ms',
        target: '300 ms',
        productionAdoption: true,
      },
    });
    await call('milestones:save', {
      engagementId,
      milestoneId: null,
      input: { date: '2026-04-01', title: 'Ledger cut-over', kind: 'custom', note: 'Dual writes switched off.' },
    });
    await call('nps:add', {
      engagementId,
      input: { respondent: 'Zoë', role: 'engineer', score: 9, comment: 'Pairing taught us observability.' },
    });
    await call('lifecycle:saveNote', {
      engagementId,
      note: 'kickoffNotes',
      doc: note('Agreed the working agreement.'),
    });
    await call('lifecycle:update', {
      engagementId,
      patch: {
        followUps: [
          {
            id: 'f1',
            person: 'Kenji Sato',
            role: 'Staff engineer',
            cadence: 'quarterly',
            lastContact: '2026-06-01',
            log: [{ date: '2026-06-01', note: 'Asked about the queue migration.' }],
          },
        ],
      },
    });
    const retro = await call('retros:create', { engagementId, date: '2026-03-05' });
    await call('retros:update', {
      engagementId,
      retroId: retro.id,
      patch: { attendees: [{ personId: null, name: 'Zoë', email: '' }], mvpStatus: 'On track for the ledger.' },
    });
    await call('project:saveNote', { engagementId, section: 'takeaways', doc: note('Invest in contract tests.') });

    const records = serviceSearchSource(services).read(engagementId);
    if (!records) throw new Error('The engagement should be readable.');
    const docs = [...engagementDocs(records).values()].flat();
    const summary = docs.map((d) => [d.kind, d.title, d.date, d.people]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['person', 'Grace Hopper', null, ['Grace Hopper']],
        ['goal', 'Faster checkout', null, []],
        ['milestone', 'Ledger cut-over', '2026-04-01', []],
        ['nps', 'NPS 9 from Zoë', expect.any(String), ['Zoë']],
        ['kickoff-notes', 'Kick-off notes', null, []],
        ['follow-up', 'Follow-up with Kenji Sato', '2026-06-01', ['Kenji Sato']],
        ['retro', 'Retro of 5 Mar 2026', '2026-03-05', ['Zoë']],
        ['project-retro', 'Project retro', null, []],
      ]),
    );

    const engine = new SearchEngine();
    for (const [key, list] of engagementDocs(records)) engine.setRecord(key, list);
    for (const [query, kind] of [
      ['observability', 'nps'],
      ['queue migration', 'follow-up'],
      ['"working agreement"', 'kickoff-notes'],
      ['dual writes', 'milestone'],
      ['p95', 'goal'],
      ['ledger track', 'retro'],
      ['contract tests', 'project-retro'],
    ] as const) {
      expect(engine.search(query).groups[0]?.records[0]?.kind, query).toBe(kind);
    }
    expect(engine.search('observability', { person: 'zoe' }).total).toBe(1);
  });
});
