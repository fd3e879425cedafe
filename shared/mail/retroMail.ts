import { formatDisplayDate } from '../dates';
import type { Engagement } from '../model/engagement';
import type { Goal, GoalScore, NoteSection, Retro } from '../model/retro';
import { NOTE_SECTION_LABELS } from '../model/retro';
import { actionItems, wordCount } from '../retro/noteText';
import type { MailAddress } from './addresses';
import { graphemes } from '../text';
import { escapeHtml, WRAP_LONG_WORDS } from '../html';
import { noteToHtml, noteToText, type NoteRenderOptions } from '../note/render';

export interface RetroMail {
  subject: string;
  /** Attendees with an email address. */
  to: MailAddress[];
  /** Attendees without one, so the user can fix them. */
  missingEmail: string[];
  html: string;
  text: string;
}

export function defaultRetroSubject(engagementName: string, isoDate: string): string {
  return `Retro notes — ${engagementName} — ${formatDisplayDate(isoDate)}`;
}

const SECTIONS: NoteSection[] = ['wentWell', 'wentPoorly', 'doNextTime', 'notes'];
const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function underline(title: string, char: string): string {
  return `${title}\n${char.repeat(graphemes(title).length)}`;
}

/** What both parts of the mail (and the retro's PDF, shared/print/retroPrint.ts) are made from, gathered once. */
export interface RetroMailContent {
  engagement: Engagement;
  retro: Retro;
  subject: string;
  date: string;
  options: NoteRenderOptions;
  scores: (GoalScore & { goal: Goal })[];
  sections: NoteSection[];
}

export function contentOf(input: {
  engagement: Engagement;
  retro: Retro;
  goals: Goal[];
  subject?: string;
}): RetroMailContent {
  const { engagement, retro, goals } = input;
  const people = new Map(engagement.people.map((p) => [p.id, p.name]));
  const goalById = new Map(goals.map((g) => [g.id, g]));
  return {
    engagement,
    retro,
    subject: input.subject ?? defaultRetroSubject(engagement.name, retro.date),
    date: formatDisplayDate(retro.date),
    options: { personName: (id) => people.get(id) },
    scores: retro.goalScores
      .map((s) => ({ ...s, goal: goalById.get(s.goalId) }))
      .filter((s): s is GoalScore & { goal: Goal } => s.goal !== undefined),
    sections: SECTIONS.filter((s) => s !== 'notes' || wordCount(retro.notes.notes) > 0),
  };
}

/** The plain-text part: reads well on its own, headings underlined. */
function retroMailText({ engagement, retro, date, options, scores, sections }: RetroMailContent): string {
  const text: string[] = [`Weekly retro · ${engagement.name} · ${date}`, ''];
  if (retro.attendees.length) text.push(`Who came: ${retro.attendees.map((a) => a.name).join(', ')}`, '');
  if (scores.length) {
    text.push(underline('Goal scores', '-'));
    for (const s of scores) text.push(`${s.goal.title}: ${s.score}%${s.note ? ` — ${s.note}` : ''}`);
    text.push('');
  }
  if (retro.mvpStatus) text.push(underline('MVP status', '-'), retro.mvpStatus, '');
  // Action items stay where they were written, owner and due beside them: listed once.
  for (const section of sections) {
    const body = noteToText(retro.notes[section], options).trim();
    text.push(underline(NOTE_SECTION_LABELS[section], '-'), body === '' ? 'Nothing noted.' : body, '');
  }
  text.push('—', 'Sent with Aux Desk');
  return text.join('\n');
}

const h = escapeHtml;
const sectionTitle = (title: string) =>
  `<h2 style="margin:20px 0 8px;font-size:16px;font-weight:600;color:#1f2328;border-bottom:1px solid #dddbd5;padding-bottom:4px;">${h(title)}</h2>`;

function goalScoresHtml(scores: RetroMailContent['scores']): string[] {
  const rows = scores.map(
    (s) =>
      `<tr><td style="padding:4px 8px 4px 0;">${h(s.goal.title)}</td><td style="padding:4px 8px;text-align:right;font-weight:600;">${s.score}%</td>` +
      `<td style="padding:4px 0 4px 8px;color:#5b5f66;">${h(s.note)}</td></tr>`,
  );
  return [
    sectionTitle('Goal scores'),
    '<table style="border-collapse:collapse;width:100%;font-size:14px;"><thead><tr>' +
      '<th style="text-align:left;padding:4px 8px 4px 0;border-bottom:1px solid #dddbd5;">Goal</th>' +
      '<th style="text-align:right;padding:4px 8px;border-bottom:1px solid #dddbd5;">Score</th>' +
      '<th style="text-align:left;padding:4px 0 4px 8px;border-bottom:1px solid #dddbd5;">Note</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ];
}

/** The HTML part, styled inline for mail clients (no remote images, no scripts). */
function retroMailHtml({ engagement, retro, subject, date, options, scores, sections }: RetroMailContent): string {
  const html: string[] = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${h(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f7f7f5;">`,
    `<div style="max-width:640px;margin:0 auto;padding:24px;font-family:${FONT};font-size:15px;line-height:1.5;color:#1f2328;background:#ffffff;${WRAP_LONG_WORDS}">`,
    `<p style="margin:0 0 4px;font-size:13px;color:#5b5f66;">Weekly retro · ${h(engagement.name)}</p>`,
    `<h1 style="margin:0 0 12px;font-size:22px;font-weight:600;">${h(date)}</h1>`,
  ];
  if (retro.attendees.length)
    html.push(
      `<p style="margin:0 0 8px;color:#5b5f66;font-size:14px;">Who came: ${h(retro.attendees.map((a) => a.name).join(', '))}</p>`,
    );
  if (scores.length) html.push(...goalScoresHtml(scores));
  if (retro.mvpStatus) html.push(sectionTitle('MVP status'), `<p style="margin:0 0 8px;">${h(retro.mvpStatus)}</p>`);
  // Action items stay where they were written, owner and due beside them: listed once.
  for (const section of sections) {
    const body =
      wordCount(retro.notes[section]) === 0 && actionItems(retro.notes[section]).length === 0
        ? '<p style="margin:0 0 8px;color:#5b5f66;">Nothing noted.</p>'
        : noteToHtml(retro.notes[section], 'inline', options);
    html.push(sectionTitle(NOTE_SECTION_LABELS[section]), body);
  }
  html.push('<p style="margin:24px 0 0;font-size:12px;color:#8a8d93;">Sent with Aux Desk</p>', '</div></body></html>');
  return html.join('\n');
}

/**
 * The notes of one weekly retro as a mail, in the meeting's order: who came, the goal scores
 * as a small table, the MVP status, then the three topics (and free notes). Each action item
 * shows once, in the topic it was written in, with its owner and due date.
 * An HTML part styled inline for mail clients (no remote images, no scripts) and a plain
 * text part that reads well on its own.
 */
export function composeRetroMail(input: {
  engagement: Engagement;
  retro: Retro;
  goals: Goal[];
  subject?: string;
}): RetroMail {
  const content = contentOf(input);
  const { retro } = input;
  return {
    subject: content.subject,
    to: retro.attendees.filter((a) => a.email !== '').map((a) => ({ name: a.name, email: a.email })),
    missingEmail: retro.attendees.filter((a) => a.email === '').map((a) => a.name),
    html: retroMailHtml(content),
    text: retroMailText(content),
  };
}
