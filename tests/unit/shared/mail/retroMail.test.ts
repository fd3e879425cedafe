import { describe, expect, it } from 'vitest';
import { defaultRetroSubject } from '../../../../shared/mail/retroMail';
import { emptyNote } from '../../../../shared/model/note';
import { bulletList, doc, line, listItem, paragraph, retro as retroOf, text, words } from '../../support/notes';
import { engagement, actionsNote, fullRetro, compose, htmlSections, textSections } from './retroMailFixtures';

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
  it('reads well on its own, in the meeting’s order: attendees, goal scores, MVP status, topics', () => {
    expect(compose(fullRetro()).text).toBe(
      [
        'Weekly retro · Payments platform · 5 Mar 2026',
        '',
        'Who came: Ada Lovelace, Alan Turing, Zoë Ångström',
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
      'Goal scores',
      'MVP status',
      'Went well',
      'Went poorly',
      'Do next time',
    ]);
    expect(textSections(without.text)).toEqual([
      'Goal scores',
      'MVP status',
      'Went well',
      'Went poorly',
      'Do next time',
    ]);

    const withNotes = compose(
      fullRetro({ notes: { ...fullRetro().notes, notes: doc(line('Budget review next week')) } }),
    );
    expect(htmlSections(withNotes.html)).toEqual([
      'Goal scores',
      'MVP status',
      'Went well',
      'Went poorly',
      'Do next time',
      'Notes',
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
