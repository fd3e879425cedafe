import { formatDisplayDate } from '../dates';
import type { EngagementFile } from '../model/files';
import { renderMarkdown } from '../project/reportMarkdown';
import { renderHtml } from '../project/reportHtml';
import { projectReport } from '../project/report';
import type { RetroMail } from './retroMail';

export function defaultProjectSubject(engagementName: string, isoDate: string | null): string {
  return `Project retro notes — ${engagementName}${isoDate ? ` — ${formatDisplayDate(isoDate)}` : ''}`;
}

/**
 * The project retro as a mail to everyone involved: the same report as the HTML export
 * (timeline summary, goals and their latest scores, the notes, key takeaways, NPS) —
 * self-contained, no scripts, no remote loads, styled inline as mail clients need — and its
 * Markdown as the plain-text part.
 */
export function composeProjectMail(input: { file: EngagementFile; today: string; subject?: string }): RetroMail {
  const { file, today } = input;
  // "Notes emailed to everyone involved": the attendees, or everyone in the engagement.
  const attendees = file.project.retro.attendees.length
    ? file.project.retro.attendees
    : file.engagement.people.map((p) => ({ name: p.name, email: p.email }));
  const report = projectReport(file, today);
  return {
    subject: input.subject ?? defaultProjectSubject(file.engagement.name, file.project.retro.date),
    to: attendees.filter((a) => a.email !== '').map((a) => ({ name: a.name, email: a.email })),
    missingEmail: attendees.filter((a) => a.email === '').map((a) => a.name),
    html: renderHtml(report, 'inline'),
    text: renderMarkdown(report),
  };
}
