import { formatDisplayDate } from '../dates';
import { STATUS_LABELS } from '../model/engagement';
import type { EngagementFile } from '../model/files';
import { MILESTONE_KIND_LABELS, NPS_ROLE_LABELS, NPS_ROLES, PROJECT_NOTE_LABELS, PROJECT_NOTE_SECTIONS } from '../model/projectRetro';
import { actionItems } from '../retro/noteText';
import { live } from '../retro/rules';
import { NOTE_SECTIONS } from '../model/retro';
import { escapeHtml, escapeMarkdown, noteToHtml, noteToMarkdown, type RenderOptions } from './noteRender';
import { formatNps, npsReport, type NpsReport } from './nps';
import { buildTimeline, type Timeline } from './timeline';

/** Everything an export shows, computed once, rendered to Markdown or HTML. */
export interface ProjectReport {
  file: EngagementFile;
  timeline: Timeline;
  nps: NpsReport;
  keyDates: { label: string; date: string; note: string }[];
  retros: { date: string; average: number | null; wentPoorlyEmpty: boolean; created: number; closed: number }[];
  goals: { title: string; kind: string; metric: string; from: string; to: string; latest: number | null; scores: number[] }[];
  generatedOn: string;
}

export function projectReport(file: EngagementFile, today: string): ProjectReport {
  const { engagement, retro, project } = file;
  const timeline = buildTimeline({ engagement, goals: retro.goals, retros: retro.retros, project });
  const keyDates: ProjectReport['keyDates'] = [
    { label: 'Start', date: engagement.startDate, note: '' },
    ...[...project.milestones]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => ({ label: m.title === MILESTONE_KIND_LABELS[m.kind] ? m.title : `${MILESTONE_KIND_LABELS[m.kind]}: ${m.title}`, date: m.date, note: m.note })),
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
      const created = timeline.items.find((a) => a.kind === 'actions-created' && a.target.kind === 'retro' && a.target.retroId === retroId)?.count ?? 0;
      return { date: i.date, average: i.averageScore ?? null, wentPoorlyEmpty: i.wentPoorlyEmpty ?? false, created, closed };
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

function renderOptions(report: ProjectReport): RenderOptions {
  const people = new Map(report.file.engagement.people.map((p) => [p.id, p.name]));
  return { personName: (id) => people.get(id) };
}

function actionTotals(report: ProjectReport): { total: number; done: number } {
  const items = live(report.file.retro.retros).flatMap((r) => NOTE_SECTIONS.flatMap((s) => actionItems(r.notes[s])));
  return { total: items.length, done: items.filter((i) => i.checked).length };
}

const pct = (n: number | null) => (n === null ? '–' : `${n}%`);

export function reportFileName(name: string, extension: 'html' | 'md'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'engagement'}-project-retro.${extension}`;
}

// ---------------------------------------------------------------- Markdown

function mdCell(value: string): string {
  return escapeMarkdown(value).replace(/\r?\n/g, ' ');
}

export function renderMarkdown(report: ProjectReport): string {
  const { engagement, project } = report.file;
  const options = renderOptions(report);
  const totals = actionTotals(report);
  const out: string[] = [];
  out.push(`# Project retro: ${escapeMarkdown(engagement.name)}`);
  const held = project.retro.date ? `held ${formatDisplayDate(project.retro.date)}` : 'date not set';
  out.push(
    [
      `**Host team:** ${escapeMarkdown(engagement.hostTeam || 'not set')}  `,
      `**Engagement:** ${formatDisplayDate(engagement.startDate)} – ${formatDisplayDate(engagement.endDate)} (${STATUS_LABELS[engagement.status]})  `,
      `**Project retro:** ${held}  `,
      `**Attendees:** ${project.retro.attendees.length === 0 ? 'none recorded' : escapeMarkdown(project.retro.attendees.map((a) => a.name).join(', '))}`,
    ].join('\n'),
  );

  out.push('## Timeline');
  out.push(
    `${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).`,
  );
  out.push(['| Date | What | Note |', '| --- | --- | --- |', ...report.keyDates.map((d) => `| ${formatDisplayDate(d.date)} | ${mdCell(d.label)} | ${mdCell(d.note)} |`)].join('\n'));
  if (report.retros.length > 0) {
    out.push('### Weekly retros');
    out.push(
      [
        '| Date | Goals (average) | Went poorly | Action items created | Closed |',
        '| --- | --- | --- | --- | --- |',
        ...report.retros.map((r) => `| ${formatDisplayDate(r.date)} | ${pct(r.average)} | ${r.wentPoorlyEmpty ? 'empty' : 'written'} | ${r.created} | ${r.closed} |`),
      ].join('\n'),
    );
  }

  out.push('## Goals');
  if (report.goals.length === 0) out.push('No goals were recorded.');
  else
    out.push(
      [
        '| Goal | Kind | Metric | Baseline → target | Latest score | Weekly scores |',
        '| --- | --- | --- | --- | --- | --- |',
        ...report.goals.map(
          (g) =>
            `| ${mdCell(g.title)} | ${g.kind} | ${mdCell(g.metric || '–')} | ${mdCell(`${g.from || '?'} → ${g.to || '?'}`)} | ${pct(g.latest)} | ${g.scores.join(', ') || '–'} |`,
        ),
      ].join('\n'),
    );

  for (const section of PROJECT_NOTE_SECTIONS) {
    out.push(`## ${PROJECT_NOTE_LABELS[section]}`);
    out.push(noteToMarkdown(project.retro.notes[section], options, 1) || '_Nothing written._');
  }

  out.push('## NPS');
  out.push(...npsMarkdown(report));
  out.push(`_Exported from Aux Desk on ${formatDisplayDate(report.generatedOn)}._`);
  return `${out.join('\n\n')}\n`;
}

function npsMarkdown(report: ProjectReport): string[] {
  const { nps } = report;
  if (nps.count === 0) return ['No NPS responses recorded.'];
  const responses = report.file.project.nps;
  return [
    `**NPS ${formatNps(nps.nps)}** from ${nps.count} ${nps.count === 1 ? 'response' : 'responses'}: ${nps.promoters} promoters (9–10), ${nps.passives} passives (7–8), ${nps.detractors} detractors (0–6).`,
    [
      '| Role | Responses | NPS |',
      '| --- | --- | --- |',
      ...NPS_ROLES.filter((r) => nps.byRole[r].count > 0).map((r) => `| ${NPS_ROLE_LABELS[r]} | ${nps.byRole[r].count} | ${formatNps(nps.byRole[r].nps)} |`),
    ].join('\n'),
    ['| Score | ' + nps.distribution.map((_, i) => String(i)).join(' | ') + ' |', '| --- |' + ' --- |'.repeat(11), '| Responses | ' + nps.distribution.join(' | ') + ' |'].join('\n'),
    [
      '| Respondent | Role | Score | Comment |',
      '| --- | --- | --- | --- |',
      ...responses.map((r) => `| ${mdCell(r.respondent || 'Anonymous')} | ${NPS_ROLE_LABELS[r.role]} | ${r.score} | ${mdCell(r.comment)} |`),
    ].join('\n'),
  ];
}

// ---------------------------------------------------------------- HTML

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2328;background:#f7f7f5;margin:0}
main{max-width:880px;margin:0 auto;padding:32px 24px 48px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #dddbd5;padding-bottom:4px}
h3{font-size:16px;margin:20px 0 6px}h4,h5,h6{font-size:15px;margin:14px 0 4px}
.sub{color:#5b5f66;margin:0 0 4px}table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
th,td{text-align:left;border-bottom:1px solid #e6e4de;padding:5px 8px;vertical-align:top}th{color:#5b5f66;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}.nps{font-size:32px;font-weight:700;color:#2f6b5f}
.note{border-left:3px solid #b9b6ae;padding:2px 0 2px 14px;margin:8px 0}
.wentWell{border-color:#2f6b5f}.wentPoorly{border-color:#a13a2e}.doNextTime{border-color:#2f5f99}.takeaways{border-color:#8a5a12}
ul.tasks{list-style:none;padding-left:4px}.task.done{color:#5b5f66}.meta{color:#5b5f66;font-size:13px}
blockquote{margin:8px 0;padding-left:12px;border-left:3px solid #dddbd5;color:#5b5f66}
pre{background:#f0efec;padding:10px;border-radius:6px;overflow:auto}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.bar{display:inline-block;height:10px;background:#2f6b5f;border-radius:2px;vertical-align:middle}
.empty{color:#5b5f66;font-style:italic}footer{margin-top:32px;color:#5b5f66;font-size:13px}
`;

const h = escapeHtml;

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  const head = headers.map((x, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h(x)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A standalone page: inline CSS, no scripts, nothing loaded from anywhere (its own CSP says so). */
export function renderHtml(report: ProjectReport): string {
  const { engagement, project } = report.file;
  const options = renderOptions(report);
  const totals = actionTotals(report);
  const parts: string[] = [];
  parts.push(`<h1>Project retro: ${h(engagement.name)}</h1>`);
  parts.push(
    `<p class="sub">${h(engagement.hostTeam || 'Host team not set')} · ${h(formatDisplayDate(engagement.startDate))} – ${h(formatDisplayDate(engagement.endDate))} · ${h(STATUS_LABELS[engagement.status])}</p>`,
  );
  parts.push(
    `<p class="sub">Project retro ${project.retro.date ? `held ${h(formatDisplayDate(project.retro.date))}` : '(date not set)'} · Attendees: ${project.retro.attendees.length === 0 ? 'none recorded' : h(project.retro.attendees.map((a) => a.name).join(', '))}</p>`,
  );

  parts.push('<h2>Timeline</h2>');
  parts.push(
    `<p>${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).</p>`,
  );
  parts.push(table(['Date', 'What', 'Note'], report.keyDates.map((d) => [h(formatDisplayDate(d.date)), h(d.label), h(d.note)])));
  if (report.retros.length > 0) {
    parts.push('<h3>Weekly retros</h3>');
    parts.push(
      table(
        ['Date', 'Goals (average)', 'Went poorly', 'Action items created', 'Closed'],
        report.retros.map((r) => [
          h(formatDisplayDate(r.date)),
          r.average === null ? '–' : `<span class="bar" style="width:${Math.round(r.average * 0.8)}px"></span> ${r.average}%`,
          r.wentPoorlyEmpty ? '<strong>empty</strong>' : 'written',
          String(r.created),
          String(r.closed),
        ]),
        [3, 4],
      ),
    );
  }

  parts.push('<h2>Goals</h2>');
  parts.push(
    report.goals.length === 0
      ? '<p class="empty">No goals were recorded.</p>'
      : table(
          ['Goal', 'Kind', 'Metric', 'Baseline → target', 'Latest score', 'Weekly scores'],
          report.goals.map((g) => [h(g.title), h(g.kind), h(g.metric || '–'), h(`${g.from || '?'} → ${g.to || '?'}`), pct(g.latest), h(g.scores.join(', ') || '–')]),
          [4],
        ),
  );

  for (const section of PROJECT_NOTE_SECTIONS) {
    const body = noteToHtml(project.retro.notes[section], options, 2);
    parts.push(`<h2>${h(PROJECT_NOTE_LABELS[section])}</h2>`);
    parts.push(`<div class="note ${section}">${body || '<p class="empty">Nothing written.</p>'}</div>`);
  }

  parts.push('<h2>NPS</h2>');
  parts.push(npsHtml(report));
  parts.push(`<footer>Exported from Aux Desk on ${h(formatDisplayDate(report.generatedOn))}.</footer>`);

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Project retro: ${h(engagement.name)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${parts.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

function npsHtml(report: ProjectReport): string {
  const { nps } = report;
  if (nps.count === 0) return '<p class="empty">No NPS responses recorded.</p>';
  const most = Math.max(1, ...nps.distribution);
  return [
    `<p><span class="nps">NPS ${h(formatNps(nps.nps))}</span> from ${nps.count} ${nps.count === 1 ? 'response' : 'responses'}: ${nps.promoters} promoters (9–10), ${nps.passives} passives (7–8), ${nps.detractors} detractors (0–6).</p>`,
    table(
      ['Role', 'Responses', 'NPS'],
      NPS_ROLES.filter((r) => nps.byRole[r].count > 0).map((r) => [h(NPS_ROLE_LABELS[r]), String(nps.byRole[r].count), h(formatNps(nps.byRole[r].nps))]),
      [1, 2],
    ),
    table(
      ['Score', 'Responses', ''],
      nps.distribution.map((n, score) => [String(score), String(n), n === 0 ? '' : `<span class="bar" style="width:${Math.round((n / most) * 200)}px"></span>`]),
      [0, 1],
    ),
    table(
      ['Respondent', 'Role', 'Score', 'Comment'],
      report.file.project.nps.map((r) => [h(r.respondent || 'Anonymous'), h(NPS_ROLE_LABELS[r.role]), String(r.score), h(r.comment)]),
      [2],
    ),
  ].join('\n');
}
