import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../../../shared/model/files';
import { emptyProjectNotes } from '../../../../shared/model/projectRetro';
import { NOTE_LOOK } from '../../../../shared/note/render';
import { renderMarkdown } from '../../../../shared/project/reportMarkdown';
import { renderHtml } from '../../../../shared/project/reportHtml';
import { projectReport, reportFileName } from '../../../../shared/project/report';
import { validInput } from '../../support/fixtures';
import { doc, line, paragraph, retro, taskItem, taskList, text } from '../../support/notes';

const engagement: Engagement = {
  ...validInput({ name: 'Checkout <MVP> & "friends"', hostTeam: 'Payments' }),
  id: 'e1',
  createdAt: '2026-02-20T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
};

/** The engagement's goal, as the goals sheet holds it. */
function goals(): EngagementFile['retro']['goals'] {
  return [
    {
      id: 'g1',
      kind: 'technical',
      title: 'Deploys < 10 min',
      metric: 'p50 deploy',
      baseline: '45 min',
      target: '10 min',
      productionAdoption: false,
      createdAt: '2026-03-01T00:00:00.000Z',
    },
  ];
}

/** Two weekly retros scoring the goal; the first closed an action item. */
function weeklyRetros(): EngagementFile['retro']['retros'] {
  const notes = retro({ id: 'x', date: '2026-03-05' }).notes;
  return [
    retro({
      id: 'r1',
      date: '2026-03-05',
      goalScores: [{ goalId: 'g1', score: 30, note: '' }],
      notes: {
        ...notes,
        doNextTime: doc(
          taskList(taskItem({ id: 'a', checked: true, closedOn: '2026-03-12', owner: 'p-1' }, 'Split pipeline')),
        ),
      },
    }),
    retro({
      id: 'r2',
      date: '2026-03-12',
      goalScores: [{ goalId: 'g1', score: 70, note: '' }],
      notes: { ...notes, wentPoorly: doc(line('Flaky tests')) },
    }),
  ];
}

/** Milestones, the project retro's notes and three NPS answers, with HTML-ish text to escape. */
function projectSection(): EngagementFile['project'] {
  return {
    mvpTargetDate: '2026-03-10',
    milestones: [
      {
        id: 'm1',
        date: '2026-03-03',
        kind: 'kick-off',
        title: 'Kick-off',
        note: 'Agreed <80%> coverage',
        createdAt: '2026-03-03T00:00:00.000Z',
      },
      {
        id: 'm2',
        date: '2026-03-13',
        kind: 'mvp-in-production',
        title: 'MVP in production',
        note: '',
        createdAt: '2026-03-13T00:00:00.000Z',
      },
    ],
    retro: {
      date: '2026-05-07',
      attendees: [{ personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' }],
      mailLog: [],
      notes: {
        ...emptyProjectNotes(),
        wentWell: doc(paragraph(text('Pairing '), text('every day', [{ type: 'bold' }]))),
        doNextTime: doc(taskList(taskItem({ id: 't1', owner: 'p-1', due: '2026-06-01' }, 'Hand over the runbook'))),
        takeaways: doc(line('<script>alert("x")</script> Ship the MVP in week two')),
      },
      updatedAt: '2026-05-07T15:00:00.000Z',
    },
    nps: [
      {
        id: 'n1',
        respondent: 'Kenji <b>',
        role: 'engineer',
        score: 10,
        comment: 'Loved "pairing" & TDD',
        createdAt: '2026-05-07T15:00:00.000Z',
      },
      { id: 'n2', respondent: '', role: 'product', score: 6, comment: '', createdAt: '2026-05-07T15:00:00.000Z' },
      {
        id: 'n3',
        respondent: 'Zoë',
        role: 'engineer',
        score: 9,
        comment: 'More of it | please',
        createdAt: '2026-05-07T15:00:00.000Z',
      },
    ],
  };
}

function fullFile(): EngagementFile {
  const file = newEngagementFile(engagement);
  file.retro.goals = goals();
  file.retro.retros = weeklyRetros();
  file.project = projectSection();
  return file;
}

describe('project retro export', () => {
  const report = () => projectReport(fullFile(), '2026-05-08');

  it('names the file after the engagement', () => {
    expect(reportFileName('Checkout <MVP> & "friends"', 'html')).toBe('checkout-mvp-friends-project-retro.html');
    expect(reportFileName('Zoë’s Ångström team', 'md')).toBe('zoe-s-angstrom-team-project-retro.md');
    expect(reportFileName('***', 'md')).toBe('engagement-project-retro.md');
  });

  it('summarizes key dates in order, the MVP against its target, and each retro', () => {
    const r = report();
    expect(r.keyDates.map((d) => [d.date, d.label])).toEqual([
      ['2026-03-02', 'Start'],
      ['2026-03-03', 'Kick-off'],
      ['2026-03-10', 'MVP target'],
      ['2026-03-13', 'MVP in production'],
      ['2026-05-11', 'End'],
      ['2026-08-11', 'Three-month check-in'],
    ]);
    expect(r.keyDates.find((d) => d.label === 'MVP target')?.note).toBe('in production 13 Mar 2026, 3 days late');
    expect(r.retros).toEqual([
      { date: '2026-03-05', average: 30, wentPoorlyEmpty: true, created: 1, closed: 1 },
      { date: '2026-03-12', average: 70, wentPoorlyEmpty: false, created: 0, closed: 0 },
    ]);
    expect(r.goals).toEqual([
      {
        title: 'Deploys < 10 min',
        kind: 'Technical',
        metric: 'p50 deploy',
        from: '45 min',
        to: '10 min',
        latest: 70,
        scores: [30, 70],
      },
    ]);
  });

  it('renders Markdown with the timeline, goals, notes, takeaways and NPS, escaped', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('# Project retro: Checkout \\<MVP> & "friends"');
    expect(md).toContain('**Attendees:** Ada Lovelace');
    expect(md).toContain('2 weekly retros, 1 action item (1 done).');
    expect(md).toContain('| 13 Mar 2026 | MVP in production | |');
    expect(md).toContain('| 3 Mar 2026 | Kick-off | Agreed <80%> coverage |');
    expect(md).toContain('| 5 Mar 2026 | 30% | empty | 1 | 1 |');
    expect(md).toContain('| Deploys < 10 min | Technical | p50 deploy | 45 min → 10 min | 70% | 30, 70 |');
    expect(md).toContain('## Went well\n\nPairing **every day**');
    expect(md).toContain('## Went poorly\n\n_Nothing written._');
    expect(md).toContain('## Do next time\n\n- [ ] Hand over the runbook (Ada Lovelace, due 1 Jun 2026)');
    expect(md).toContain('## Key takeaways\n\n\\<script>alert("x")\\</script> Ship the MVP in week two');
    expect(md).toContain('**NPS +33** from 3 responses: 2 promoters (9–10), 0 passives (7–8), 1 detractors (0–6).');
    expect(md).toContain('| Engineer | 2 | +100 |');
    expect(md).toContain('| Product | 1 | −100 |');
    expect(md).toContain('| Responses | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 1 |');
    expect(md).toContain('| Kenji \\<b> | Engineer | 10 | Loved "pairing" & TDD |');
    expect(md).toContain('| Anonymous | Product | 6 | |');
    expect(md).toContain('| Zoë | Engineer | 9 | More of it \\| please |');
    expect(md.endsWith('_Exported from Aux Desk on 8 May 2026._\n')).toBe(true);
  });

  it('renders one self-contained HTML page: inline CSS, no script, nothing remote, everything escaped', () => {
    const html = renderHtml(report());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toContain('<style>');
    // The notes look as they do in mail: the same CSS, as rules under the notes' container.
    expect(html).toContain(`.note ul,.note ol{${NOTE_LOOK.list.css}}`);
    expect(html).toContain(`.note .meta{${NOTE_LOOK.meta.css}}`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<title>Project retro: Checkout &lt;MVP&gt; &amp; &quot;friends&quot;</title>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ship the MVP in week two');
    expect(html).toContain('<p>Pairing <strong>every day</strong></p>');
    expect(html).toContain('Kenji &lt;b&gt;');
    expect(html).toContain('<span class="nps">NPS +33</span>');
    expect(html).toContain('Agreed &lt;80%&gt; coverage');
    expect(html).toContain(
      '<li class="task">&#9744; Hand over the runbook <span class="meta">(Ada Lovelace, due 1 Jun 2026)</span></li>',
    );
  });

  it('says plainly when there is nothing yet', () => {
    const empty = projectReport(newEngagementFile(engagement), '2026-05-08');
    const md = renderMarkdown(empty);
    expect(md).toContain('No goals were recorded.');
    expect(md).toContain('No NPS responses recorded.');
    expect(md).toContain('**Project retro:** date not set');
    expect(md).not.toContain('### Weekly retros');
    expect(renderHtml(empty)).toContain('<p class="empty">No NPS responses recorded.</p>');
  });
});
