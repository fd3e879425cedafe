// @vitest-environment jsdom
// The print documents (shared/print) as the print view (renderer/print) parses them: with the
// browser's DOMParser, which is why these tests sit with the renderer's.
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import type { Goal } from '../../../../shared/model/retro';
import { retroPrintDocument } from '../../../../shared/print/retroPrint';
import { validInput, person } from '../../support/fixtures';
import { doc, line, link, paragraph, retro, taskItem, taskList, text } from '../../support/notes';

/** Hostile text, as a pasted note or a typed name may hold it. */
const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quotes"';

const engagement: Engagement = {
  ...validInput({
    name: 'Checkout </title><script>alert(1)</script>',
    hostTeam: 'Payments <b>',
    people: [
      person({ id: 'p-ada', name: 'Ada <Lovelace>' }),
      person({ id: 'p-kenji', name: 'Kenji Sato', email: 'kenji@example.com' }),
    ],
  }),
  id: 'e1',
  createdAt: '2027-01-04T10:00:00.000Z',
  updatedAt: '2027-01-04T10:00:00.000Z',
};

const goals: Goal[] = [
  {
    id: 'g1',
    kind: 'business',
    title: 'MVP <live> for 10%',
    metric: '',
    baseline: '',
    target: '10%',
    productionAdoption: true,
    createdAt: '2027-01-04T10:00:00.000Z',
  },
];

const earlier = retro({
  id: 'r0',
  date: '2027-02-04',
  notes: {
    ...retro({ id: 'x', date: '2027-02-04' }).notes,
    doNextTime: doc(
      taskList(
        taskItem({ id: 'old-open', owner: 'p-kenji', due: '2027-02-09' }, 'Fix the <flaky> login test'),
        taskItem({ id: 'old-done', checked: true, closedOn: '2027-02-08' }, 'Already done, not carried'),
      ),
    ),
  },
});

const current = retro({
  id: 'r1',
  date: '2027-02-11',
  attendees: [
    { personId: 'p-ada', name: 'Ada <Lovelace>', email: 'ada@example.com' },
    { personId: null, name: 'Guest "G"', email: '' },
  ],
  goalScores: [{ goalId: 'g1', score: 62, note: 'Up from <50>' }],
  mvpStatus: `Blocked on DNS ${HOSTILE}`,
  notes: {
    wentWell: doc(paragraph(text('Pairing '), text('every day', [{ type: 'bold' }]))),
    wentPoorly: doc(line(HOSTILE), paragraph(text('a link', [link('javascript:alert(1)')]))),
    doNextTime: doc(
      taskList(
        taskItem({ id: 'a1', owner: 'p-ada', due: '2027-02-18' }, 'Split the deploy pipeline'),
        taskItem({ id: 'a2', owner: 'p-gone', due: null }, `Owner left ${HOSTILE}`),
        taskItem({ id: 'a3', checked: true, closedOn: '2027-02-11' }, 'Add a smoke test'),
      ),
    ),
    notes: doc(),
  },
});

function printed(overrides: Partial<Parameters<typeof retroPrintDocument>[0]> = {}) {
  const input = { engagement, retro: current, goals, retros: [earlier, current], today: '2027-02-11', ...overrides };
  const document = retroPrintDocument(input);
  const page = new DOMParser().parseFromString(`<!doctype html><body>${document.html}</body>`, 'text/html');
  const sections = [...page.querySelectorAll('main > section')];
  const section = (name: string) => page.querySelector(`.print-part--${name}`);
  /** A section's text as a reader sees it, white space collapsed. */
  const textOf = (name: string) => (section(name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { document, page, sections, section, textOf };
}

describe('the print HTML of a weekly retro', () => {
  it('has the meeting’s sections in order, each a section of its own', () => {
    const { sections, page } = printed();
    expect(sections.map((s) => s.className.replace('print-part print-part--', ''))).toEqual([
      'header',
      'scores',
      'mvp',
      'carried',
      'wentWell',
      'wentPoorly',
      'doNextTime',
      'footer',
    ]);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Goal scores',
      'MVP status',
      'Open action items from earlier retros',
      'Went well',
      'Went poorly',
      'Do next time',
    ]);
    expect(page.querySelector('main')?.className).toBe('print print--retro');
  });

  it('says who came, the scores and when it was exported', () => {
    const { section, textOf, document } = printed();
    expect(textOf('header')).toBe(
      'Weekly retro · Checkout </title><script>alert(1)</script> · Payments <b> Retro of 11 Feb 2027 Who came: Ada <Lovelace>, Guest "G"',
    );
    const row = section('scores')?.querySelector('tbody tr');
    expect([...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      'MVP <live> for 10%',
      '62%',
      'Up from <50>',
    ]);
    expect(textOf('footer')).toBe('Exported from Aux Desk on 11 Feb 2027.');
    expect(document.title).toBe('Retro of 11 Feb 2027 · Checkout </title><script>alert(1)</script>');
    expect(document.footer).toBe(`${document.title} · Aux Desk`);
  });

  it('shows every action item where it was written, with its owner and due date, once', () => {
    const { section, textOf, page } = printed();
    const items = [...(section('doNextTime')?.querySelectorAll('li.task') ?? [])].map((li) => li.textContent);
    expect(items).toEqual([
      '☐ Split the deploy pipeline (Ada <Lovelace>, due 18 Feb 2027)',
      `☐ Owner left ${HOSTILE} (someone no longer in the engagement)`,
      '☑ Add a smoke test',
    ]);
    expect(section('doNextTime')?.querySelector('li.task.done s')?.textContent).toBe('Add a smoke test');
    // The item still open from last week is carried, with its owner, due date and origin; the closed one is not.
    expect(textOf('carried')).toBe(
      'Open action items from earlier retros ☐ Fix the <flaky> login test (Kenji Sato, due 9 Feb 2027, from 4 Feb 2027)',
    );
    expect(page.body.textContent).not.toContain('Already done, not carried');
  });

  it('escapes hostile content: no element, attribute or link comes from the notes or names', () => {
    const { page, document, textOf } = printed();
    expect(page.querySelectorAll('script, img, iframe, style, link, object')).toHaveLength(0);
    // Only the attributes the renderers write; no event handler, and no style attribute (the
    // print view's CSP refuses them: the look is classes only).
    const attributes = new Set([...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)));
    expect([...attributes].sort()).toEqual(['class']);
    expect(document.html).not.toMatch(/\sstyle=/);
    // A javascript: link is not a link.
    expect(page.querySelectorAll('a')).toHaveLength(0);
    expect(textOf('wentPoorly')).toBe(`Went poorly ${HOSTILE}a link`);
    expect(textOf('mvp')).toBe(`MVP status Blocked on DNS ${HOSTILE}`);
  });

  it('says “Nothing noted.” under an empty topic, and leaves out empty free notes, MVP status and carried items', () => {
    const bare = retro({ id: 'r2', date: '2027-02-18' });
    const { sections, textOf } = printed({ retro: bare, retros: [bare] });
    expect(sections.map((s) => s.className.replace('print-part print-part--', ''))).toEqual([
      'header',
      'scores',
      'wentWell',
      'wentPoorly',
      'doNextTime',
      'footer',
    ]);
    expect(textOf('wentPoorly')).toBe('Went poorly Nothing noted.');
    expect(textOf('scores')).toBe('Goal scores No goals were scored.');
    expect(textOf('header')).toMatch(/Who came: nobody recorded$/);
  });

  it('keeps free notes when there are some', () => {
    const withNotes = { ...current, notes: { ...current.notes, notes: doc(line('Demo moved to Friday')) } };
    const { textOf } = printed({ retro: withNotes, retros: [earlier, withNotes] });
    expect(textOf('notes')).toBe('Notes Demo moved to Friday');
  });
});
