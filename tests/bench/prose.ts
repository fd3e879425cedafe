import type { NoteDoc, NoteNode } from '../../shared/model/note';

/** Seeded prose for the benchmark's notes: the same seed writes the same words. */

/** mulberry32, seeded: every run generates the same folder. */
export { mulberry32 as prng } from '../unit/support/prng';

const WORDS = (
  'the team shipped deploy pipeline review pairing test coverage flaky build release checkout payment service ' +
  'latency dashboard alert incident retro goal owner migration schema database query index cache queue worker ' +
  'feature flag rollout canary metric baseline target adoption production customer feedback demo sprint backlog ' +
  'refactor module boundary contract api endpoint mobile web design review estimate risk blocker dependency ' +
  'we agreed to try smaller changes next week and measure how long the build takes before and after'
).split(' ');

/** Writes sentences and notes from a seeded PRNG, counting the words it wrote. */
export class Writer {
  words = 0;
  constructor(private readonly random: () => number) {}

  sentence(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(this.random() * WORDS.length)] ?? 'team');
    this.words += n;
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** A note of about `words` words: paragraphs of ~60 words, with a list now and then. */
  note(words: number, tasks: NoteNode[] = []): NoteDoc {
    const content: NoteNode[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 40 + Math.floor(this.random() * 40));
      left -= n;
      if (this.random() < 0.15) {
        const items = [Math.ceil(n / 3), Math.ceil(n / 3), n - 2 * Math.ceil(n / 3)].filter((k) => k > 0);
        content.push({
          type: 'bulletList',
          content: items.map((k) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: this.sentence(k) }] }],
          })),
        });
      } else {
        const bold = this.random() < 0.3;
        content.push({
          type: 'paragraph',
          content: bold
            ? [
                { type: 'text', text: 'Note: ', marks: [{ type: 'bold' }] },
                { type: 'text', text: this.sentence(n) },
              ]
            : [{ type: 'text', text: this.sentence(n) }],
        });
      }
    }
    if (tasks.length > 0) content.push({ type: 'taskList', content: tasks });
    return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  }
}
