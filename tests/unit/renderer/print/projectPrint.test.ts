// @vitest-environment jsdom
// The print documents (shared/print) as the print view (renderer/print) parses them: with the
// browser's DOMParser, which is why these tests sit with the renderer's.
import { describe, expect, it } from 'vitest';
import type { EngagementFile } from '../../../../shared/model/files';
import { printStyleSheet } from '../../../../shared/print/printDocument';
import { projectPrintDocument } from '../../../../shared/print/projectPrint';
import { richEngagementFile } from '../../support/richEngagement';
import { doc, line, taskItem, taskList } from '../../support/notes';

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quotes"';

/** The rich engagement, with hostile text in the takeaways, an NPS comment and a milestone. */
function hostileFile(): EngagementFile {
  const file = richEngagementFile();
  file.engagement.name = `Payments </title>${HOSTILE}`;
  file.project.retro.notes.takeaways = doc(line(`Ship early ${HOSTILE}`));
  file.project.retro.notes.doNextTime = doc(
    taskList(taskItem({ id: 't1', owner: 'p-1', due: '2026-06-01' }, 'Hand over the <runbook>')),
  );
  file.project.nps = [
    {
      id: 'n1',
      respondent: `Kenji ${HOSTILE}`,
      role: 'engineer',
      score: 9,
      comment: HOSTILE,
      createdAt: '2026-05-07T15:00:00.000Z',
    },
  ];
  file.project.milestones = [
    {
      id: 'm1',
      date: '2026-03-03',
      kind: 'custom',
      title: HOSTILE,
      note: HOSTILE,
      createdAt: '2026-03-03T00:00:00.000Z',
    },
  ];
  return file;
}

function printed(file: EngagementFile) {
  const document = projectPrintDocument(file, '2026-05-08');
  const page = new DOMParser().parseFromString(`<!doctype html><body>${document.html}</body>`, 'text/html');
  const textOf = (name: string) =>
    (page.querySelector(`.print-part--${name}`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { document, page, textOf };
}

describe('the print HTML of the project retro', () => {
  it('is the report, part by part: the walk, then goals, notes and NPS each from a new page', () => {
    const { page } = printed(richEngagementFile());
    const parts = [...page.querySelectorAll('main.print--project > section')].map((s) => ({
      name: s.className.match(/print-part--(\w+)/)?.[1],
      newPage: s.classList.contains('print-part--new-page'),
    }));
    expect(parts).toEqual([
      { name: 'header', newPage: false },
      { name: 'timeline', newPage: false },
      { name: 'goals', newPage: true },
      { name: 'wentWell', newPage: true },
      { name: 'wentPoorly', newPage: false },
      { name: 'doNextTime', newPage: false },
      { name: 'takeaways', newPage: false },
      { name: 'nps', newPage: true },
      { name: 'footer', newPage: false },
    ]);
  });

  it('shows the sections, the action items with owner and due date, and the NPS', () => {
    const { textOf, document } = printed(hostileFile());
    expect(textOf('header')).toContain(`Project retro: Payments </title>${HOSTILE}`);
    expect(textOf('timeline')).toMatch(/^Timeline 2 weekly retros/);
    expect(textOf('goals')).toContain('Deploys < 10 min');
    expect(textOf('doNextTime')).toBe('Do next time ☐ Hand over the <runbook> (Ada Lovelace, due 1 Jun 2026)');
    expect(textOf('takeaways')).toBe(`Key takeaways Ship early ${HOSTILE}`);
    expect(textOf('nps')).toContain('NPS +100 from 1 response');
    expect(textOf('footer')).toBe('Exported from Aux Desk on 8 May 2026.');
    expect(document.title).toBe(`Project retro: Payments </title>${HOSTILE}`);
  });

  it('escapes hostile notes, names, comments and milestones: nothing becomes an element or an attribute', () => {
    const { page, document, textOf } = printed(hostileFile());
    expect(page.querySelectorAll('script, img, iframe, style, link, object')).toHaveLength(0);
    const attributes = new Set([...page.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)));
    // Classes, and the bars: SVGs sized by attributes (no style attribute: the print view's CSP refuses them).
    expect([...attributes].sort()).toEqual(['aria-hidden', 'class', 'height', 'width']);
    expect(document.html).not.toMatch(/\sstyle=/);
    expect(textOf('nps')).toContain(`Kenji ${HOSTILE}`);
    expect(textOf('timeline')).toContain(`Milestone: ${HOSTILE}${HOSTILE}`);
  });
});

describe('the print stylesheet', () => {
  it('breaks pages between sections, never inside one that fits, nor after a heading', () => {
    const css = printStyleSheet();
    expect(css).toContain('.print-part{break-inside:avoid-page;}');
    expect(css).toContain('.print-part--new-page{break-before:page;}');
    expect(css).toMatch(/h1,h2,h3,h4,h5,h6\{break-after:avoid-page;\}/);
    // The notes' look is there, scoped to the notes, as on the export page.
    expect(css).toContain('.note .task{');
  });

  it('loads nothing: no url(), no @import', () => {
    expect(printStyleSheet()).not.toMatch(/url\(|@import/i);
  });
});
