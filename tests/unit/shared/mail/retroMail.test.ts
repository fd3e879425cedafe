import { describe, expect, it } from 'vitest';
import { composeRetroMail, defaultRetroSubject } from '../../../../shared/mail/retroMail';
import type { Engagement } from '../../../../shared/model/engagement';
import { emptyNote, type NoteNode } from '../../../../shared/model/note';
import type { Goal, Retro } from '../../../../shared/model/retro';
import { person, validInput } from '../../support/fixtures';
import {
  bulletList,
  doc,
  line,
  link,
  listItem,
  paragraph,
  retro as retroOf,
  taskItem,
  taskList,
  text,
  words,
} from '../../support/notes';

function engagement(overrides: Partial<Engagement> = {}): Engagement {
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

function goal(id: string, title: string): Goal {
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

const actionsNote = (): NoteNode =>
  doc(
    taskList(
      taskItem({ id: 'ai-1', owner: 'p-1', due: '2026-03-12' }, 'Write the runbook'),
      taskItem({ id: 'ai-2', checked: true, owner: 'p-gone' }, 'Pair on the pipeline'),
    ),
  );

/** A retro with something in every part of the mail (except free notes). */
function fullRetro(overrides: Partial<Retro> = {}): Retro {
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

const compose = (retro: Retro, subject?: string, eng: Engagement = engagement()) =>
  composeRetroMail({ engagement: eng, retro, goals: GOALS, ...(subject === undefined ? {} : { subject }) });

/** Every tag of an HTML string (the text in it is escaped, so each "<" opens a tag). */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** The <h2> section titles of the HTML part, in order. */
function htmlSections(html: string): string[] {
  return [...html.matchAll(/<h2 [^>]*>([^<]*)<\/h2>/g)].map((m) => m[1] ?? '');
}

/** The underlined section titles of the text part, in order. */
function textSections(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter((l, i) => /^-{3,}$/.test(lines[i + 1] ?? '') && l !== '');
}

describe('composeRetroMail: recipients and subject', () => {
  it('sends to the attendees who have an email and names those who do not', () => {
    const mail = compose(fullRetro());
    expect(mail.to).toEqual([
      { name: 'Ada Lovelace', email: 'ada@example.com' },
      { name: 'Zoë Ångström', email: 'zoe@example.com' },
    ]);
    expect(mail.missingEmail).toEqual(['Alan Turing']);
  });

  it('has no recipients for a retro without attendees', () => {
    const mail = compose(fullRetro({ attendees: [] }));
    expect(mail.to).toEqual([]);
    expect(mail.missingEmail).toEqual([]);
    expect(mail.text).not.toContain('Who came');
    expect(mail.html).not.toContain('Who came');
  });

  it('defaults the subject to "Retro notes — <engagement> — <date>"', () => {
    expect(compose(fullRetro()).subject).toBe('Retro notes — Payments platform — 5 Mar 2026');
    expect(defaultRetroSubject('Search', '2026-12-31')).toBe('Retro notes — Search — 31 Dec 2026');
  });

  it('uses the subject the user typed, in the HTML title too (escaped)', () => {
    const mail = compose(fullRetro(), 'Notes <week 3> & "more"');
    expect(mail.subject).toBe('Notes <week 3> & "more"');
    expect(mail.html).toContain('<title>Notes &lt;week 3&gt; &amp; &quot;more&quot;</title>');
  });
});

describe('composeRetroMail: the plain-text part', () => {
  it('reads well on its own: header, attendees, topics, action items, goal scores, MVP status', () => {
    expect(compose(fullRetro()).text).toBe(
      [
        'Weekly retro · Payments platform · 5 Mar 2026',
        '',
        'Who came: Ada Lovelace, Alan Turing, Zoë Ångström',
        '',
        'Went well',
        '---------',
        'Shipped the billing fix',
        '',
        'see the PR <https://git.example.com/pr/42>',
        '',
        'Went poorly',
        '-----------',
        'Nothing noted.',
        '',
        'Do next time',
        '------------',
        '[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)',
        '[x] Pair on the pipeline (someone no longer in the engagement)',
        '',
        'Action items',
        '------------',
        '[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)',
        '[x] Pair on the pipeline (someone no longer in the engagement)',
        '',
        'Goal scores',
        '-----------',
        'Deploys under 10 min: 80% — p50 at 12 min',
        'Adoption: 40%',
        '',
        'MVP status',
        '----------',
        'Billing MVP live for 10% of traffic',
        '',
        '—',
        'Sent with Aux Desk',
      ].join('\n'),
    );
  });

  it('has no HTML in it: no tags, no entities', () => {
    const { text: body } = compose(fullRetro({ mvpStatus: 'a < b & c' }));
    expect(body).not.toMatch(/<\/?(p|div|h\d|ul|ol|li|table|tr|td|span|s|strong|em|br|a)\b[^>]*>/i);
    expect(body).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    expect(body).toContain('a < b & c');
  });

  it('underlines titles by characters a reader sees, not UTF-16 units', () => {
    const { text: body } = compose(fullRetro(), undefined, engagement({ name: 'Zoë 🚀' }));
    expect(body.split('\n')[0]).toBe('Weekly retro · Zoë 🚀 · 5 Mar 2026');
  });
});

describe('composeRetroMail: sections', () => {
  it('always has the three topics, and Notes only when it has something in it', () => {
    const without = compose(fullRetro());
    expect(htmlSections(without.html)).toEqual([
      'Went well',
      'Went poorly',
      'Do next time',
      'Action items',
      'Goal scores',
      'MVP status',
    ]);
    expect(textSections(without.text)).toEqual([
      'Went well',
      'Went poorly',
      'Do next time',
      'Action items',
      'Goal scores',
      'MVP status',
    ]);

    const withNotes = compose(
      fullRetro({ notes: { ...fullRetro().notes, notes: doc(line('Budget review next week')) } }),
    );
    expect(htmlSections(withNotes.html)).toEqual([
      'Went well',
      'Went poorly',
      'Do next time',
      'Notes',
      'Action items',
      'Goal scores',
      'MVP status',
    ]);
    expect(textSections(withNotes.text)).toContain('Notes');
    expect(withNotes.text).toContain('Notes\n-----\nBudget review next week\n');
    expect(withNotes.html).toContain('Budget review next week');
  });

  it('says "Nothing noted." for every empty topic, in both parts', () => {
    const empty = retroOf({ id: 'r-2', date: '2026-03-05' });
    const mail = compose(empty);
    expect(mail.text.match(/Nothing noted\./g)).toHaveLength(3);
    expect(mail.html.match(/Nothing noted\./g)).toHaveLength(3);
    expect(htmlSections(mail.html)).toEqual(['Went well', 'Went poorly', 'Do next time']);
    expect(textSections(mail.text)).toEqual(['Went well', 'Went poorly', 'Do next time']);
  });

  it('treats a topic of blank paragraphs as empty', () => {
    const blank = doc(paragraph(), paragraph(text('   ')), paragraph());
    const mail = compose(fullRetro({ notes: { wentWell: blank, wentPoorly: blank, doNextTime: blank, notes: blank } }));
    expect(mail.text.match(/Nothing noted\./g)).toHaveLength(3);
    expect(mail.html.match(/Nothing noted\./g)).toHaveLength(3);
  });

  it('does not say "Nothing noted." for a topic holding only action items', () => {
    const mail = compose(
      fullRetro({ notes: { wentWell: words(3), wentPoorly: words(1), doNextTime: actionsNote(), notes: emptyNote() } }),
    );
    expect(mail.text).not.toContain('Nothing noted.');
    expect(mail.html).not.toContain('Nothing noted.');
  });

  it('leaves out Action items, Goal scores and MVP status when there are none', () => {
    const mail = compose(
      retroOf({
        id: 'r-3',
        date: '2026-03-05',
        notes: { wentWell: words(2), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
      }),
    );
    for (const title of ['Action items', 'Goal scores', 'MVP status']) {
      expect(mail.text).not.toContain(title);
      expect(mail.html).not.toContain(title);
    }
  });

  it('keeps lists and their nesting in the text part', () => {
    const mail = compose(
      fullRetro({
        notes: {
          ...fullRetro().notes,
          wentPoorly: doc(bulletList(listItem('CI flaky', bulletList(listItem('twice on Monday'))))),
        },
      }),
    );
    expect(mail.text).toContain('Went poorly\n-----------\n- CI flaky\n  - twice on Monday\n');
  });
});

describe('composeRetroMail: action items, goal scores, MVP status', () => {
  it('lists action items from every topic with owner names and due dates', () => {
    const retro = fullRetro({
      notes: {
        wentWell: doc(taskList(taskItem({ id: 'w-1', owner: 'p-2', due: '2026-04-01' }, 'Thank the SREs'))),
        wentPoorly: emptyNote(),
        doNextTime: actionsNote(),
        notes: doc(taskList(taskItem({ id: 'n-1' }, 'Book a room'))),
      },
    });
    const mail = compose(retro);
    const section = mail.text.split('Action items\n------------\n')[1]?.split('\n\n')[0];
    expect(section).toBe(
      [
        '[ ] Thank the SREs (Grace Hopper, due 1 Apr 2026)',
        '[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)',
        '[x] Pair on the pipeline (someone no longer in the engagement)',
        '[ ] Book a room',
      ].join('\n'),
    );
    const rows = [
      ...mail.html.matchAll(
        /<tr><td[^>]*>(&#974[45];)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr>/g,
      ),
    ].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['&#9744;', 'Thank the SREs', 'Grace Hopper', 'due 1 Apr 2026'],
      ['&#9744;', 'Write the runbook', 'Ada Lovelace', 'due 12 Mar 2026'],
      ['&#9745;', '<s>Pair on the pipeline</s>', 'someone no longer in the engagement', ''],
      ['&#9744;', 'Book a room', '—', ''],
    ]);
  });

  it('calls an action item without text "Untitled"', () => {
    const untitled: NoteNode = {
      type: 'taskItem',
      attrs: { id: 'u-1', checked: false, owner: null, due: null },
      content: [paragraph()],
    };
    const mail = compose(
      fullRetro({ notes: { ...fullRetro().notes, doNextTime: doc({ type: 'taskList', content: [untitled] }) } }),
    );
    expect(mail.text).toContain('Action items\n------------\n[ ] Untitled\n');
    expect(mail.html).toContain('>Untitled</td>');
  });

  it('shows goal scores as a table, skipping goals that were deleted', () => {
    const { html } = compose(fullRetro());
    const table = html.split('Goal scores</h2>')[1]?.split('</table>')[0] ?? '';
    expect(table).toContain('<thead><tr>');
    const rows = [...table.matchAll(/<tr><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr>/g)].map(
      (m) => m.slice(1),
    );
    expect(rows).toEqual([
      ['Deploys under 10 min', '80%', 'p50 at 12 min'],
      ['Adoption', '40%', ''],
    ]);
    expect(html).not.toContain('goal removed since');
  });

  it('shows the MVP status when there is one', () => {
    expect(compose(fullRetro()).html).toMatch(
      /MVP status<\/h2>\n<p style="[^"]+">Billing MVP live for 10% of traffic<\/p>/,
    );
    const none = compose(fullRetro({ mvpStatus: '' }));
    expect(none.text).not.toContain('MVP status');
    expect(none.html).not.toContain('MVP status');
  });
});

describe('composeRetroMail: the HTML part is safe to mail', () => {
  const hostileEngagement = engagement({ name: '<script>alert(1)</script>' });
  const hostileRetro = fullRetro({
    attendees: [{ personId: null, name: 'Eve <img src=x onerror=alert(1)>', email: 'eve@example.com' }],
    goalScores: [{ goalId: 'g-1', score: 50, note: '<iframe src="https://evil.example/">' }],
    mvpStatus: '"><script src="https://evil.example/x.js"></script>',
    notes: {
      wentWell: doc(paragraph(text('<style>body{display:none}</style>'), text('bad', [link('javascript:alert(1)')]))),
      wentPoorly: doc(line('<a href="https://evil.example/">phish</a>')),
      doNextTime: doc(taskList(taskItem({ id: 'x-1' }, '<b onclick=x>bold</b>'))),
      notes: doc(paragraph(text('ok', [link('https://docs.example.com/runbook?a=1&b=2')]))),
    },
  });
  const { html } = composeRetroMail({
    engagement: hostileEngagement,
    retro: hostileRetro,
    goals: [goal('g-1', '<svg onload=alert(1)>')],
  });

  it('has no script, image, iframe, style block, form or event handler', () => {
    expect(html).not.toMatch(
      /<script|<img|<iframe|<svg|<style|<link|<form|<object|<embed|<b |<a href="https:\/\/evil/i,
    );
    // Text is escaped, so every "<" opens a real tag: check the attributes of the tags.
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/javascript:/i);
    }
  });

  it('has no remote URL other than the links the user wrote', () => {
    // An ordinary mail: the only URL anywhere is the user's own link (no images, fonts, trackers).
    const ordinary = compose(fullRetro()).html;
    expect([...ordinary.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/gi)].map((m) => m[0])).toEqual([
      'https://git.example.com/pr/42',
    ]);
    // A hostile one: URLs typed as text stay text; the only link is the safe one the user made.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://docs.example.com/runbook?a=1&amp;b=2',
    ]);
    for (const tag of tags(html)) expect(tag).not.toMatch(/\ssrc=|background=|url\(|@import/i);
  });

  it('escapes everything the user typed', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Eve &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&lt;b onclick=x&gt;bold&lt;/b&gt;');
  });

  it('uses inline styles only: no classes, no style blocks', () => {
    const ordinary = compose(fullRetro()).html;
    for (const out of [html, ordinary]) {
      expect(out).not.toMatch(/\sclass=|<style/i);
      const styled = out.match(/<(div|p|h1|h2|table|td|th|ul|li|a|span) [^>]*>/g) ?? [];
      expect(styled.length).toBeGreaterThan(10);
      for (const tag of styled) expect(tag).toMatch(/ style="[^"]+"/);
    }
  });

  it('is a complete UTF-8 document', () => {
    const ordinary = compose(fullRetro()).html;
    expect(ordinary.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(ordinary.endsWith('</div></body></html>')).toBe(true);
    expect(ordinary).toContain('Zoë Ångström');
  });
});
