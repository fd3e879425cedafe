import { describe, expect, it } from 'vitest';
import { composeProjectMail, defaultProjectSubject } from '../../../../shared/mail/projectMail';
import { composeRetroMail } from '../../../../shared/mail/retroMail';
import type { Engagement } from '../../../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../../../shared/model/files';
import { emptyProjectNotes } from '../../../../shared/model/projectRetro';
import { NOTE_LOOK } from '../../../../shared/note/render';
import { renderMarkdown } from '../../../../shared/project/reportMarkdown';
import { renderHtml } from '../../../../shared/project/reportHtml';
import { projectReport } from '../../../../shared/project/report';
import { validInput } from '../../support/fixtures';
import { textContent } from '../../support/html';
import { doc, line, link, paragraph, retro, richDoc, taskItem, taskList, text } from '../../support/notes';

const engagement: Engagement = {
  ...validInput({ name: 'Checkout <MVP>' }),
  id: 'e1',
  createdAt: '2026-02-20T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
};

/** Notes without headings: the weekly mail and the project mail put those at different levels. */
const DO_NEXT_TIME = doc(
  paragraph(
    text('Keep '),
    text('pairing', [{ type: 'bold' }]),
    text(' — see '),
    text('the plan', [link('https://example.com/plan')]),
  ),
  taskList(
    taskItem({ id: 't1', owner: 'p-1', due: '2026-06-01' }, 'Hand over the runbook'),
    taskItem({ id: 't2', checked: true, owner: 'p-gone' }, 'Retire the old job'),
  ),
  { type: 'blockquote', content: [line('Small steps.')] },
  { type: 'codeBlock', content: [text('make deploy')] },
);

function file(): EngagementFile {
  const f = newEngagementFile(engagement);
  f.retro.goals = [
    {
      id: 'g1',
      kind: 'technical',
      title: 'Deploys < 10 min',
      metric: 'p50',
      baseline: '45 min',
      target: '10 min',
      productionAdoption: false,
      createdAt: '2026-03-01T00:00:00.000Z',
    },
  ];
  f.retro.retros = [retro({ id: 'r1', date: '2026-03-05', goalScores: [{ goalId: 'g1', score: 60, note: '' }] })];
  f.project.retro = {
    ...f.project.retro,
    date: '2026-05-07',
    attendees: [
      { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
      { personId: null, name: 'Zoë Ångström', email: '' },
    ],
    notes: {
      ...emptyProjectNotes(),
      wentWell: richDoc(),
      doNextTime: DO_NEXT_TIME,
      takeaways: doc(line('<script>alert(1)</script> ship early')),
    },
  };
  f.project.nps = [
    {
      id: 'n1',
      respondent: 'Kenji',
      role: 'engineer',
      score: 9,
      comment: 'More <pairing>',
      createdAt: '2026-05-07T15:00:00.000Z',
    },
  ];
  return f;
}

const TODAY = '2026-05-08';

/** The text a reader sees in the body of an HTML page. */
function bodyText(html: string): string {
  return textContent(html.split(/<body[^>]*>/)[1] ?? '');
}

describe('composeProjectMail', () => {
  it('goes to the attendees with an email, names those without, and falls back to everyone in the engagement', () => {
    const mail = composeProjectMail({ file: file(), today: TODAY });
    expect(mail.to).toEqual([{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
    expect(mail.missingEmail).toEqual(['Zoë Ångström']);
    const nobody = file();
    nobody.project.retro.attendees = [];
    expect(composeProjectMail({ file: nobody, today: TODAY }).to.map((a) => a.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
  });

  it('takes the subject the user typed, or defaults to "Project retro notes — <engagement> — <date>"', () => {
    expect(composeProjectMail({ file: file(), today: TODAY }).subject).toBe(
      'Project retro notes — Checkout <MVP> — 7 May 2026',
    );
    expect(composeProjectMail({ file: file(), today: TODAY, subject: 'Our retro' }).subject).toBe('Our retro');
    expect(defaultProjectSubject('Search', null)).toBe('Project retro notes — Search');
  });

  it('has the export’s Markdown as its plain-text part', () => {
    expect(composeProjectMail({ file: file(), today: TODAY }).text).toBe(renderMarkdown(projectReport(file(), TODAY)));
  });

  it('styles its HTML inline, as mail clients need: no <style> block, no classes', () => {
    const { html } = composeProjectMail({ file: file(), today: TODAY });
    expect(html).not.toMatch(/<style|\sclass=/i);
    const tags = html.match(/<(body|div|h\d|table|th|td|ul|ol|li|span|a|code|pre|blockquote|hr)[\s>][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(40);
    for (const tag of tags) expect(tag).toMatch(/ style="[^"]+"/);
    // The classes the export's stylesheet needs are inline styles here.
    expect(html).toContain('<span style="font-size:32px;font-weight:700;color:#2f6b5f;">NPS +100</span>');
    expect(html).toMatch(/<span style="display:inline-block;height:10px;[^"]*;width:48px;"><\/span> 60%/);
  });

  it('says what the export says, word for word', () => {
    const { html } = composeProjectMail({ file: file(), today: TODAY });
    const exported = renderHtml(projectReport(file(), TODAY));
    expect(exported).toContain('<style>');
    expect(bodyText(html)).toBe(bodyText(exported));
    expect(bodyText(html)).toContain('<script>alert(1)</script> ship early');
    expect(html).not.toMatch(/<script/i);
  });

  it('renders a note exactly as the weekly retro mail does', () => {
    const { html } = composeProjectMail({ file: file(), today: TODAY });
    const weekly = composeRetroMail({
      engagement,
      retro: retro({
        id: 'r9',
        date: '2026-05-07',
        notes: { wentWell: DO_NEXT_TIME, wentPoorly: doc(), doNextTime: doc(), notes: doc() },
      }),
      goals: [],
    }).html;
    const fragment = weekly.split('Went well</h2>\n')[1]?.split('\n')[0] ?? '';
    expect(fragment).toContain(
      `<li style="${NOTE_LOOK.task.css}">&#9744; Hand over the runbook <span style="${NOTE_LOOK.meta.css}">(Ada Lovelace, due 1 Jun 2026)</span></li>`,
    );
    expect(html).toContain(fragment);
  });
});
