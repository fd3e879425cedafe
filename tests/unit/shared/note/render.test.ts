import { describe, expect, it } from 'vitest';
import type { NoteNode } from '../../../../shared/model/note';
import { noteToMarkdown } from '../../../../shared/note/markdown';
import { noteToHtml, noteToText, type NoteRenderOptions } from '../../../../shared/note/render';
import { textContent } from '../../support/html';
import {
  bulletList,
  doc,
  hardBreak,
  heading,
  line,
  link,
  listItem,
  paragraph,
  taskItem,
  taskList,
  text,
} from '../../support/notes';

/** One walk, four outputs: mail HTML, export HTML, mail text, export Markdown. */
const PEOPLE: Record<string, string> = { 'p-1': 'Ada Lovelace' };
const options: NoteRenderOptions = { personName: (id) => PEOPLE[id] };

/** A note as people write them: owners are person ids, one of whom has left. */
const note: NoteNode = doc(
  heading(2, 'Plan & <scope>'),
  paragraph(
    text('Ship '),
    text('it', [{ type: 'bold' }]),
    text(' now', [link('https://example.com/x')]),
    hardBreak,
    text('really "soon"'),
  ),
  taskList(
    taskItem(
      { id: 'a', owner: 'p-1', due: '2026-03-12' },
      'Write the runbook',
      taskList(taskItem({ id: 'b', checked: true, owner: 'p-gone' }, 'Outline')),
    ),
    taskItem({ id: 'c' }, 'Book a room'),
  ),
  bulletList(listItem('one', { type: 'orderedList', attrs: { start: 4 }, content: [listItem('four')] })),
  { type: 'blockquote', content: [line('Ship small.')] },
  { type: 'codeBlock', content: [text('a < b')] },
  { type: 'horizontalRule' },
  paragraph(),
);

describe('one walk for every output', () => {
  const mail = noteToHtml(note, 'inline', options);
  const page = noteToHtml(note, 'sheet', options);

  it('gives mail and export the same elements around the same text: only the styling differs', () => {
    expect(textContent(mail)).toBe(textContent(page));
    expect(textContent(mail)).toContain(
      'Plan & <scope>Ship it nowreally "soon"☐ Write the runbook (Ada Lovelace, due 12 Mar 2026)☑ Outline',
    );
    expect(mail).not.toMatch(/\sclass=/);
    expect(page).not.toMatch(/\sstyle=/);
    // Take the styles out of the mail and the classes out of the export: the same HTML is left.
    expect(mail.replace(/ style="[^"]*"/g, '')).toBe(page.replace(/ class="[^"]*"/g, ''));
  });

  it('says the same about every action item everywhere: box, text, owner’s name, due date', () => {
    const plain = noteToText(note, options);
    const md = noteToMarkdown(note, options);
    for (const html of [mail, page]) {
      expect(html).toMatch(/>&#9744; Write the runbook <span[^>]*>\(Ada Lovelace, due 12 Mar 2026\)<\/span>/);
      expect(html).toMatch(/>&#9745; <s>Outline<\/s> <span[^>]*>\(someone no longer in the engagement\)<\/span>/);
      expect(html).toMatch(/>&#9744; Book a room<\/li>/);
    }
    expect(plain).toContain(
      '[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)\n    [x] Outline (someone no longer in the engagement)\n[ ] Book a room',
    );
    expect(md).toContain(
      '- [ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)\n  - [x] Outline (someone no longer in the engagement)\n- [ ] Book a room',
    );
  });

  it('shifts headings the same way in every output, never past level 6', () => {
    for (const shift of [0, 1, 2, 3, 4, 9]) {
      const level = Math.min(6, 2 + shift);
      const at = { ...options, headingShift: shift };
      for (const styling of ['inline', 'sheet'] as const)
        expect(noteToHtml(note, styling, at)).toMatch(new RegExp(`^<h${level}[ >]`));
      expect(noteToMarkdown(note, at).startsWith(`${'#'.repeat(level)} Plan`)).toBe(true);
      expect(noteToText(note, at).split('\n')[1]).toMatch(level === 2 ? /^={3,}$/ : /^-{3,}$/);
    }
  });

  it('keeps only https, http and mailto links, in every output', () => {
    const unsafe = doc(
      paragraph(text('run', [link('javascript:alert(1)')]), text(' mail', [link('mailto:ada@example.com')])),
    );
    const outputs = [
      noteToHtml(unsafe, 'inline'),
      noteToHtml(unsafe, 'sheet'),
      noteToText(unsafe),
      noteToMarkdown(unsafe),
    ];
    for (const out of outputs) {
      expect(out).not.toContain('javascript');
      expect(out).toContain('mailto:ada@example.com');
    }
  });

  it('leaves empty paragraphs out of every output', () => {
    const gappy = doc(line('a'), paragraph(), line('b'));
    expect(textContent(noteToHtml(gappy, 'inline'))).toBe('ab');
    expect(noteToHtml(gappy, 'sheet')).toBe('<p>a</p><p>b</p>');
    expect(noteToText(gappy)).toBe('a\n\nb');
    expect(noteToMarkdown(gappy)).toBe('a\n\nb');
  });
});
