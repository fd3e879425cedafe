import type { RootContent } from 'mdast';
import type { Engagement } from '../model/engagement';
import type { Goal, Retro } from '../model/retro';
import { NOTE_SECTION_LABELS } from '../model/retro';
import { contentOf } from '../mail/retroMail';
import { noteToMdast, serializeMarkdown } from '../note/markdown';

const heading = (depth: 1 | 2, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [{ type: 'text', value }],
});
const paragraph = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/**
 * A weekly retro's notes as Markdown, written beside its record in a team workspace
 * (`retros/<date>-<id>.md`) so the team can read them on its git host without the app:
 * the meeting's order, as in the mail (who came, goal scores, MVP status, the topics).
 * Derived from the record, never read back.
 */
export function retroMarkdown(input: { engagement: Engagement; retro: Retro; goals: Goal[] }): string {
  const { retro, date, options, scores, sections, engagement } = contentOf(input);
  const children: RootContent[] = [heading(1, `Weekly retro · ${engagement.name} · ${date}`)];
  if (retro.attendees.length) children.push(paragraph(`Who came: ${retro.attendees.map((a) => a.name).join(', ')}`));
  if (scores.length) {
    children.push(heading(2, 'Goal scores'), {
      type: 'list',
      ordered: false,
      spread: false,
      children: scores.map((s) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: `${s.goal.title}: ${s.score}%${s.note ? ` — ${s.note}` : ''}` }],
          },
        ],
      })),
    });
  }
  if (retro.mvpStatus) children.push(heading(2, 'MVP status'), paragraph(retro.mvpStatus));
  for (const section of sections) {
    const blocks = noteToMdast(retro.notes[section], options);
    children.push(
      heading(2, NOTE_SECTION_LABELS[section]),
      ...(blocks.length ? blocks : [paragraph('Nothing noted.')]),
    );
  }
  children.push(paragraph('Written by Aux Desk from the record beside this file; edits here are not read back.'));
  return serializeMarkdown({ type: 'root', children });
}
