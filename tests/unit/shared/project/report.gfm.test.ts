import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import { newEngagementFile, type EngagementFile } from '../../../../shared/model/files';
import { emptyProjectNotes } from '../../../../shared/model/projectRetro';
import { renderMarkdown } from '../../../../shared/project/reportMarkdown';
import { projectReport } from '../../../../shared/project/report';
import { validInput } from '../../support/fixtures';
import { cmarkGfm, elements, findAll, parseHtml, textOf, type HtmlElement, type HtmlNode } from '../../support/gfm';
import { doc, hardBreak, line, paragraph, text } from '../../support/notes';

const engagement: Engagement = {
  ...validInput({ name: 'Search #', hostTeam: 'Fish &amp; Chips' }),
  id: 'e1',
  createdAt: '2026-02-20T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
};

/** Text people type, each piece something CommonMark or GFM would read as syntax. */
function file(): EngagementFile {
  const f = newEngagementFile(engagement);
  f.project.milestones = [
    // A lone CR (pasted from an old Mac tool) used to end the table row.
    {
      id: 'm1',
      date: '2026-03-03',
      kind: 'kick-off',
      title: 'Kick-off',
      note: 'Agreed\rcoverage | 80% &copy;',
      createdAt: '2026-03-03T00:00:00.000Z',
    },
  ];
  f.project.nps = [
    {
      id: 'n1',
      respondent: 'Zoë',
      role: 'engineer',
      score: 9,
      comment: 'Loved it\rwould again\r\n---',
      createdAt: '2026-05-07T15:00:00.000Z',
    },
    {
      id: 'n2',
      respondent: '    Kenji',
      role: 'product',
      score: 6,
      comment: '1) fewer meetings',
      createdAt: '2026-05-07T15:00:00.000Z',
    },
  ];
  f.project.retro.attendees = [
    { personId: 'p-1', name: '![Ada](https://example.com/x.png)', email: 'ada@example.com' },
  ];
  f.project.retro.notes = {
    ...emptyProjectNotes(),
    takeaways: doc(line('1) Ship it'), paragraph(text('Agenda'), hardBreak, text('---'))),
  };
  return f;
}

function read(): HtmlNode[] {
  return parseHtml(cmarkGfm(renderMarkdown(projectReport(file(), '2026-05-08'))));
}

/** A table's rows, each as the text of its cells. */
const rows = (table: HtmlElement) => findAll([table], 'tr').map((tr) => elements(tr.children).map(textOf));

describe('the project retro as Markdown, read by cmark-gfm', () => {
  it('keeps names and headings as typed', () => {
    const page = read();
    expect(findAll(page, 'h1').map(textOf)).toEqual(['Project retro: Search #']);
    const intro = textOf(findAll(page, 'p')[0] ?? '');
    expect(intro).toContain('Host team: Fish &amp; Chips');
    expect(intro).toContain('Attendees: ![Ada](https://example.com/x.png)');
    expect(findAll(page, 'img')).toHaveLength(0);
  });

  it('keeps each table whole: a line break in a note or comment stays in its cell', () => {
    const tables = findAll(read(), 'table').map(rows);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
    const keyDates = tables.find((t) => t[0]?.join() === 'Date,What,Note');
    expect(keyDates).toContainEqual(['3 Mar 2026', 'Kick-off', 'Agreed coverage | 80% &copy;']);
    const responses = tables.find((t) => t[0]?.join() === 'Respondent,Role,Score,Comment');
    expect(responses?.slice(1)).toEqual([
      ['Zoë', 'Engineer', '9', 'Loved it would again ---'],
      ['Kenji', 'Product', '6', '1) fewer meetings'],
    ]);
  });

  it('keeps a note’s paragraphs paragraphs', () => {
    const page = elements(read());
    const at = page.findIndex((n) => n.tag === 'h2' && textOf(n) === 'Key takeaways');
    expect(page.slice(at + 1, at + 3).map((n) => [n.tag, textOf(n)])).toEqual([
      ['p', '1) Ship it'],
      ['p', 'Agenda\n---'],
    ]);
    expect(findAll(page, 'ol')).toHaveLength(0);
    expect(findAll(page, 'hr')).toHaveLength(0);
  });
});
