import { describe, expect, it } from 'vitest';
import { buildEml } from '../../../../../electron/services/mail/eml';
import { emptyNote } from '../../../../../shared/model/note';
import { parseWithPython } from '../../../support/mime';
import { doc, line, taskItem, taskList } from '../../../support/notes';
import { compose, fullRetro } from '../../../shared/mail/retroMailFixtures';

/** The retro mail as built for the wire, read back by Python's `email` package (an independent parser). */
async function parsed(retro = fullRetro()) {
  const mail = compose(retro);
  const raw = await buildEml(
    {
      from: { name: 'Ada Lovelace', email: 'ada@example.com' },
      to: mail.to,
      cc: [],
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: '<order-1@example.com>',
      date: new Date('2026-03-05T16:45:07.000Z'),
    },
    { draft: false },
  );
  const message = parseWithPython(raw);
  expect(message.defects).toEqual([]);
  return { text: message.text ?? '', html: message.html ?? '' };
}

/** Where each marker first shows in `body`, in the order given; -1 when missing. */
const positions = (body: string, markers: string[]) => markers.map((m) => body.indexOf(m));
const count = (body: string, marker: string) => body.split(marker).length - 1;

describe('the retro mail, parsed by Python: the meeting’s order, each action item once', () => {
  const retro = fullRetro({
    notes: {
      wentWell: doc(line('Shipped the billing fix'), taskList(taskItem({ id: 'w-1', owner: 'p-2' }, 'Thank the SREs'))),
      wentPoorly: doc(line('Staging was down twice')),
      doNextTime: doc(
        taskList(
          taskItem({ id: 'ai-1', owner: 'p-1', due: '2026-03-12' }, 'Write the runbook'),
          taskItem({ id: 'ai-2', checked: true }, 'Pair on the pipeline'),
        ),
      ),
      notes: emptyNote(),
    },
  });
  const order = ['Who came:', 'Goal scores', 'MVP status', 'Went well', 'Went poorly', 'Do next time'];

  it('text part: attendees, goal scores, MVP status, then the topics', async () => {
    const { text } = await parsed(retro);
    const at = positions(text, order);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Action items');
  });

  it('HTML part: the same order', async () => {
    const { html } = await parsed(retro);
    const at = positions(html, order);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).not.toContain('Action items');
  });

  it('shows each action item once, in its topic, with its owner and due date once', async () => {
    const { text, html } = await parsed(retro);
    for (const item of ['Thank the SREs', 'Write the runbook', 'Pair on the pipeline']) {
      expect(count(text, item)).toBe(1);
      expect(count(html, item)).toBe(1);
    }
    expect(text).toContain('[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)');
    expect(count(text, 'due 12 Mar 2026')).toBe(1);
    expect(count(html, '12 Mar 2026')).toBe(1);
    // In its topic: after "Do next time", not under "Went well".
    expect(text.indexOf('Write the runbook')).toBeGreaterThan(text.indexOf('Do next time'));
    expect(text.indexOf('Thank the SREs')).toBeGreaterThan(text.indexOf('Went well'));
    expect(text.indexOf('Thank the SREs')).toBeLessThan(text.indexOf('Went poorly'));
  });
});
