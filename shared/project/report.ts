import { formatDisplayDate } from '../dates';
import type { EngagementFile } from '../model/files';
import { MILESTONE_KIND_LABELS } from '../model/projectRetro';
import { actionItems } from '../retro/noteText';
import { live } from '../retro/rules';
import { NOTE_SECTIONS } from '../model/retro';
import type { NoteRenderOptions } from '../note/render';
import { npsReport, type NpsReport } from './nps';
import { buildTimeline, type Timeline } from './timeline';

/**
 * Everything an export shows, computed once, rendered to Markdown (reportMarkdown.ts) or HTML
 * (reportHtml.ts).
 */
export interface ProjectReport {
  file: EngagementFile;
  timeline: Timeline;
  nps: NpsReport;
  keyDates: { label: string; date: string; note: string }[];
  retros: { date: string; average: number | null; wentPoorlyEmpty: boolean; created: number; closed: number }[];
  goals: {
    title: string;
    kind: string;
    metric: string;
    from: string;
    to: string;
    latest: number | null;
    scores: number[];
  }[];
  generatedOn: string;
}

export function projectReport(file: EngagementFile, today: string): ProjectReport {
  const { engagement, retro, project } = file;
  const timeline = buildTimeline({ engagement, goals: retro.goals, retros: retro.retros, project });
  const keyDates: ProjectReport['keyDates'] = [
    { label: 'Start', date: engagement.startDate, note: '' },
    ...[...project.milestones]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => ({
        label: m.title === MILESTONE_KIND_LABELS[m.kind] ? m.title : `${MILESTONE_KIND_LABELS[m.kind]}: ${m.title}`,
        date: m.date,
        note: m.note,
      })),
    ...(timeline.mvp.target ? [{ label: 'MVP target', date: timeline.mvp.target, note: mvpNote(timeline) }] : []),
    { label: 'End', date: engagement.endDate, note: '' },
    { label: 'Three-month check-in', date: timeline.checkIn, note: '' },
  ].sort((a, b) => a.date.localeCompare(b.date));
  const retros = timeline.items
    .filter((i) => i.kind === 'retro')
    .map((i) => {
      const retroId = i.target.kind === 'retro' ? i.target.retroId : '';
      const closed = timeline.items
        .filter((a) => a.kind === 'actions-closed' && a.target.kind === 'retro' && a.target.retroId === retroId)
        .reduce((n, a) => n + (a.count ?? 0), 0);
      const created =
        timeline.items.find(
          (a) => a.kind === 'actions-created' && a.target.kind === 'retro' && a.target.retroId === retroId,
        )?.count ?? 0;
      return {
        date: i.date,
        average: i.averageScore ?? null,
        wentPoorlyEmpty: i.wentPoorlyEmpty ?? false,
        created,
        closed,
      };
    });
  const goals = retro.goals.map((g) => {
    const scores = timeline.trends.find((t) => t.goalId === g.id)?.points.map((p) => p.score) ?? [];
    return {
      title: g.title,
      kind: g.kind === 'business' ? 'Business' : 'Technical',
      metric: g.metric,
      from: g.baseline,
      to: g.target,
      latest: scores.at(-1) ?? null,
      scores,
    };
  });
  return { file, timeline, nps: npsReport(project.nps), keyDates, retros, goals, generatedOn: today };
}

function mvpNote(timeline: Timeline): string {
  const { live: mvpLive, daysLate } = timeline.mvp;
  if (mvpLive === null || daysLate === null) return 'not in production yet';
  if (daysLate === 0) return `in production on the target date`;
  const days = `${Math.abs(daysLate)} ${Math.abs(daysLate) === 1 ? 'day' : 'days'}`;
  return `in production ${formatDisplayDate(mvpLive)}, ${daysLate > 0 ? `${days} late` : `${days} early`}`;
}

/** How the notes in a report name people, their headings shifted under the report's own. */
export function renderOptions(report: ProjectReport, headingShift: number): NoteRenderOptions {
  const people = new Map(report.file.engagement.people.map((p) => [p.id, p.name]));
  return { personName: (id) => people.get(id), headingShift };
}

export function actionTotals(report: ProjectReport): { total: number; done: number } {
  const items = live(report.file.retro.retros).flatMap((r) => NOTE_SECTIONS.flatMap((s) => actionItems(r.notes[s])));
  return { total: items.length, done: items.filter((i) => i.checked).length };
}

export const pct = (n: number | null) => (n === null ? '–' : `${n}%`);

/** A name's file-safe form: "Zoë's <MVP>" → "zoe-s-mvp" (at most 60 characters; "engagement" when nothing is left). */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'engagement';
}

export function reportFileName(name: string, extension: 'html' | 'md' | 'pdf'): string {
  return `${fileSlug(name)}-project-retro.${extension}`;
}
