import { describe, expect, it } from 'vitest';
import { emptyNote, type NoteNode } from '../../../../shared/model/note';
import {
  actionItems,
  itemIdsOutside,
  noteIsEmpty,
  noteText,
  withActionItemChecked,
  wordCount,
} from '../../../../shared/retro/noteText';
import {
  bulletList,
  doc,
  hardBreak,
  heading,
  line,
  link,
  listItem,
  paragraph,
  retro,
  richDoc,
  taskItem,
  taskList,
  text,
} from '../../support/notes';

/** Freezes a note all the way down, so that any mutation throws (modules run in strict mode). */
function deepFreeze(node: NoteNode): NoteNode {
  node.content?.forEach(deepFreeze);
  if (node.attrs) Object.freeze(node.attrs);
  node.marks?.forEach((mark) => Object.freeze(mark));
  if (node.content) Object.freeze(node.content);
  return Object.freeze(node);
}

describe('noteText', () => {
  it('puts each paragraph and heading on its own line', () => {
    expect(noteText(doc(heading(2, 'Title'), line('First'), line('Second')))).toBe('Title\nFirst\nSecond\n');
  });

  it('joins the text nodes of one paragraph, whatever their marks', () => {
    expect(
      noteText(
        doc(
          paragraph(
            text('Hel'),
            text('lo', [{ type: 'bold' }]),
            text(' '),
            text('there', [link('https://example.com')]),
          ),
        ),
      ),
    ).toBe('Hello there\n');
  });

  it('turns a hard break into a line break inside its paragraph', () => {
    expect(noteText(doc(paragraph(text('one'), hardBreak, text('two'))))).toBe('one\ntwo\n');
  });

  it('keeps an empty paragraph as an empty line', () => {
    expect(noteText(emptyNote())).toBe('\n');
    expect(noteText(doc(line('a'), paragraph(), line('b')))).toBe('a\n\nb\n');
  });

  it('gives an empty doc no text', () => {
    expect(noteText(doc())).toBe('');
    expect(noteText({ type: 'doc' })).toBe('');
  });

  it('puts each list item on one line, without blank lines between items', () => {
    expect(noteText(doc(bulletList(listItem('one'), listItem('two'), listItem('three'))))).toBe('one\ntwo\nthree\n');
  });

  it('puts nested list items and task items on one line each', () => {
    const note = doc(
      bulletList(listItem('outer', bulletList(listItem('inner'))), listItem('after')),
      taskList(taskItem({ id: 'a' }, 'task', taskList(taskItem({ id: 'b' }, 'subtask')))),
      line('end'),
    );
    expect(noteText(note)).toBe('outer\ninner\nafter\ntask\nsubtask\nend\n');
  });

  it('puts a quote and a code block on their own lines, code keeping its line breaks', () => {
    const note = doc(
      { type: 'blockquote', content: [line('quoted')] },
      { type: 'codeBlock', content: [text('a = 1\nb = 2')] },
      { type: 'horizontalRule' },
      line('after'),
    );
    expect(noteText(note)).toBe('quoted\na = 1\nb = 2\nafter\n');
  });

  it('reads the whole rich note in order', () => {
    expect(noteText(richDoc())).toBe(
      [
        'Week 3',
        'Shipped the billing fix; see the PR',
        'mail Ada or run make deploy (not yet)',
        'Outer',
        'Inner',
        'Innermost',
        'Second',
        'Third',
        'Fourth',
        'Write the runbook',
        'Draft outline',
        'Pair on the pipeline',
        'Ship small, ship often.',
        'const answer = 42;',
        'console.log(answer);',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('noteIsEmpty: a section that says “Nothing noted”', () => {
  it('is empty with no words and no action item', () => {
    expect(noteIsEmpty(emptyNote())).toBe(true);
    expect(noteIsEmpty(doc(line('   '), paragraph(hardBreak)))).toBe(true);
  });

  it('is not empty with a word, or with an action item that has no text yet', () => {
    expect(noteIsEmpty(doc(line('Deploys')))).toBe(false);
    expect(noteIsEmpty(doc(taskList(taskItem({ id: 'a1' }, ''))))).toBe(false);
  });
});

describe('wordCount', () => {
  it('is 0 for an empty note, an empty doc and blank text', () => {
    expect(wordCount(emptyNote())).toBe(0);
    expect(wordCount(doc())).toBe(0);
    expect(wordCount(doc(line('   '), paragraph(hardBreak), paragraph()))).toBe(0);
  });

  it('counts words separated by spaces, tabs, line breaks and blocks', () => {
    expect(wordCount(doc(line('one two\tthree'), paragraph(text('four'), hardBreak, text('five')), line('six')))).toBe(
      6,
    );
  });

  it('does not merge words from neighbouring blocks', () => {
    expect(wordCount(doc(line('end'), line('start')))).toBe(2);
    expect(wordCount(doc(bulletList(listItem('one'), listItem('two'))))).toBe(2);
  });

  it('counts a word split across marks once', () => {
    expect(wordCount(doc(paragraph(text('Hel'), text('lo', [{ type: 'bold' }]))))).toBe(1);
  });

  it('counts accented and CJK words', () => {
    expect(wordCount(doc(line('Zoë Ångström 東京')))).toBe(3);
    expect(wordCount(doc(line('  naïve   café  ')))).toBe(2);
  });

  it('counts words separated by no-break and ideographic spaces', () => {
    expect(wordCount(doc(line('a\u00a0b\u3000c')))).toBe(3);
  });
});

describe('actionItems', () => {
  it('finds nothing in a note without task items', () => {
    expect(actionItems(emptyNote())).toEqual([]);
    expect(actionItems(doc(bulletList(listItem('not a task'))))).toEqual([]);
  });

  it('gives each item its attributes and its own text', () => {
    const note = doc(
      taskList(taskItem({ id: 'ai-1', checked: true, owner: 'Ada', due: '2026-03-12' }, '  Write the runbook  ')),
    );
    expect(actionItems(note)).toEqual([
      { id: 'ai-1', checked: true, owner: 'Ada', due: '2026-03-12', text: 'Write the runbook' },
    ]);
  });

  it('lists nested items in document order, each with only its own text', () => {
    const note = doc(
      line('intro'),
      taskList(
        taskItem(
          { id: 'parent' },
          'Parent',
          taskList(
            taskItem({ id: 'child-1' }, 'Child one', taskList(taskItem({ id: 'grandchild' }, 'Grandchild'))),
            taskItem({ id: 'child-2' }, 'Child two'),
          ),
        ),
        taskItem({ id: 'sibling' }, 'Sibling'),
      ),
      { type: 'blockquote', content: [taskList(taskItem({ id: 'quoted' }, 'Quoted'))] },
    );
    expect(actionItems(note).map((item) => [item.id, item.text])).toEqual([
      ['parent', 'Parent'],
      ['child-1', 'Child one'],
      ['grandchild', 'Grandchild'],
      ['child-2', 'Child two'],
      ['sibling', 'Sibling'],
      ['quoted', 'Quoted'],
    ]);
  });

  it('keeps line breaks inside an item’s text', () => {
    const item: NoteNode = {
      type: 'taskItem',
      attrs: { id: 'x', checked: false, owner: null, due: null },
      content: [paragraph(text('first'), hardBreak, text('second')), line('third')],
    };
    expect(actionItems(doc(taskList(item)))[0]?.text).toBe('first\nsecond\nthird');
  });

  it('skips items with invalid attributes but still finds valid items nested in them', () => {
    const broken: NoteNode = {
      type: 'taskItem',
      attrs: { id: 'bad id', checked: false, owner: null, due: null },
      content: [line('Broken'), taskList(taskItem({ id: 'inside' }, 'Inside'))],
    };
    const noAttrs: NoteNode = { type: 'taskItem', content: [line('No attrs')] };
    const badDue: NoteNode = {
      type: 'taskItem',
      attrs: { id: 'due', checked: false, owner: null, due: 'soon' },
      content: [line('Bad due')],
    };
    const note = doc(
      taskList(taskItem({ id: 'before' }, 'Before'), broken, noAttrs, badDue, taskItem({ id: 'after' }, 'After')),
    );
    expect(actionItems(note).map((item) => item.id)).toEqual(['before', 'inside', 'after']);
  });

  it('finds the items of the rich note', () => {
    expect(actionItems(richDoc())).toEqual([
      { id: 'ai-1', checked: false, owner: 'Ada Lovelace', due: '2026-03-12', text: 'Write the runbook' },
      { id: 'ai-2', checked: true, owner: null, due: null, text: 'Draft outline' },
      { id: 'ai-3', checked: false, owner: 'Grace', due: null, text: 'Pair on the pipeline' },
    ]);
  });
});

describe('withActionItemChecked', () => {
  const note = () =>
    doc(
      line('intro'),
      taskList(
        taskItem({ id: 'a', owner: 'Ada' }, 'First', taskList(taskItem({ id: 'b', due: '2026-03-12' }, 'Nested'))),
        taskItem({ id: 'c', checked: true }, 'Done already'),
      ),
    );

  it('returns null when the item is not in the note', () => {
    expect(withActionItemChecked(note(), 'missing', true, '2026-03-19')).toBeNull();
    expect(withActionItemChecked(emptyNote(), 'a', true, '2026-03-19')).toBeNull();
  });

  it('does not find an item by the id of another kind of node', () => {
    const heading: NoteNode = { type: 'heading', attrs: { level: 2, id: 'a' }, content: [text('Not a task')] };
    expect(withActionItemChecked(doc(heading), 'a', true, '2026-03-19')).toBeNull();
  });

  it('marks only that item done, on the given day, and leaves everything else as it was', () => {
    const expected = doc(
      line('intro'),
      taskList(
        taskItem(
          { id: 'a', owner: 'Ada' },
          'First',
          taskList(taskItem({ id: 'b', due: '2026-03-12', checked: true, closedOn: '2026-03-19' }, 'Nested')),
        ),
        taskItem({ id: 'c', checked: true }, 'Done already'),
      ),
    );
    expect(withActionItemChecked(note(), 'b', true, '2026-03-19')).toEqual(expected);
  });

  it('marks a done item open again and forgets the day it was closed', () => {
    const result = withActionItemChecked(note(), 'c', false, '2026-03-19');
    expect(result && actionItems(result).map((item) => [item.id, item.checked, item.closedOn ?? null])).toEqual([
      ['a', false, null],
      ['b', false, null],
      ['c', false, null],
    ]);
  });

  it('does not change the note it was given', () => {
    const original = deepFreeze(note());
    const result = withActionItemChecked(original, 'a', true, '2026-03-19');
    expect(result).not.toBeNull();
    expect(original).toEqual(note());
    expect(result && actionItems(result)[0]?.checked).toBe(true);
  });
});

describe('itemIdsOutside', () => {
  it('collects the action-item ids of every other note of the engagement, not of the note being pasted into', () => {
    const withItem = (id: string) => doc(taskList(taskItem({ id }, 'x')));
    const retros = [
      retro({
        id: 'r1',
        date: '2026-03-05',
        notes: { wentWell: withItem('a'), wentPoorly: withItem('b'), doNextTime: emptyNote(), notes: emptyNote() },
      }),
      retro({
        id: 'r2',
        date: '2026-03-12',
        notes: { wentWell: withItem('c'), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
      }),
    ];
    expect([...itemIdsOutside(retros, 'r1', 'wentWell')].sort()).toEqual(['b', 'c']);
    expect([...itemIdsOutside(retros, 'r2', 'wentWell')].sort()).toEqual(['a', 'b']);
  });
});
