import { formatDisplayDate } from '../dates';
import { STATUS_LABELS } from '../model/engagement';
import type { EngagementFile } from '../model/files';
import {
  MILESTONE_KIND_LABELS,
  NPS_ROLE_LABELS,
  NPS_ROLES,
  PROJECT_NOTE_LABELS,
  PROJECT_NOTE_SECTIONS,
} from '../model/projectRetro';
import { actionItems } from '../retro/noteText';
import { live } from '../retro/rules';
import { NOTE_SECTIONS } from '../model/retro';
import { escapeHtml, styleAttr, styleSheet, WRAP_LONG_WORDS, type StyleRule, type Styling } from '../html';
import type { Heading, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, TableRow, Text } from 'mdast';
import { noteToMdast, serializeMarkdown } from '../note/markdown';
import { NOTE_LOOK, noteToHtml, type NoteRenderOptions } from '../note/render';
import { formatNps, npsReport, type NpsReport } from './nps';
import { buildTimeline, type Timeline } from './timeline';

/** Everything an export shows, computed once, rendered to Markdown or HTML. */
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

function renderOptions(report: ProjectReport, headingShift: number): NoteRenderOptions {
  const people = new Map(report.file.engagement.people.map((p) => [p.id, p.name]));
  return { personName: (id) => people.get(id), headingShift };
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
// A tree (mdast), serialised by markdown.ts: the serialiser escapes whatever a name, a note or
// a comment holds that Markdown would read as syntax, so the file says what was entered.

const txt = (value: string): Text => ({ type: 'text', value });
const strong = (value: string): Strong => ({ type: 'strong', children: [txt(value)] });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [txt(value)] });
const italic = (value: string): Paragraph => para({ type: 'emphasis', children: [txt(value)] });

/** A cell holds one line: a line break (CR, LF or both) in a note or comment reads as a space. */
function cell(value: string): TableCell {
  return { type: 'tableCell', children: value === '' ? [] : [txt(value.replace(/\r\n?|\n/g, ' '))] };
}

function mdTable(headers: string[], rows: string[][]): Table {
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  return { type: 'table', children: [row(headers), ...rows.map(row)] };
}

export function renderMarkdown(report: ProjectReport): string {
  const { engagement, project } = report.file;
  const options = renderOptions(report, 1);
  const totals = actionTotals(report);
  const out: RootContent[] = [];
  out.push(heading(1, `Project retro: ${engagement.name}`));
  const held = project.retro.date ? `held ${formatDisplayDate(project.retro.date)}` : 'date not set';
  const brk: PhrasingContent = { type: 'break' };
  out.push(
    para(
      ...[strong('Host team:'), txt(` ${engagement.hostTeam || 'not set'}`), brk],
      ...[
        strong('Engagement:'),
        txt(
          ` ${formatDisplayDate(engagement.startDate)} – ${formatDisplayDate(engagement.endDate)} (${STATUS_LABELS[engagement.status]})`,
        ),
        brk,
      ],
      ...[strong('Project retro:'), txt(` ${held}`), brk],
      ...[
        strong('Attendees:'),
        txt(
          ` ${project.retro.attendees.length === 0 ? 'none recorded' : project.retro.attendees.map((a) => a.name).join(', ')}`,
        ),
      ],
    ),
  );

  out.push(heading(2, 'Timeline'));
  out.push(
    para(
      txt(
        `${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).`,
      ),
    ),
  );
  out.push(
    mdTable(
      ['Date', 'What', 'Note'],
      report.keyDates.map((d) => [formatDisplayDate(d.date), d.label, d.note]),
    ),
  );
  if (report.retros.length > 0) {
    out.push(heading(3, 'Weekly retros'));
    out.push(
      mdTable(
        ['Date', 'Goals (average)', 'Went poorly', 'Action items created', 'Closed'],
        report.retros.map((r) => [
          formatDisplayDate(r.date),
          pct(r.average),
          r.wentPoorlyEmpty ? 'empty' : 'written',
          String(r.created),
          String(r.closed),
        ]),
      ),
    );
  }

  out.push(heading(2, 'Goals'));
  if (report.goals.length === 0) out.push(para(txt('No goals were recorded.')));
  else
    out.push(
      mdTable(
        ['Goal', 'Kind', 'Metric', 'Baseline → target', 'Latest score', 'Weekly scores'],
        report.goals.map((g) => [
          g.title,
          g.kind,
          g.metric || '–',
          `${g.from || '?'} → ${g.to || '?'}`,
          pct(g.latest),
          g.scores.join(', ') || '–',
        ]),
      ),
    );

  for (const section of PROJECT_NOTE_SECTIONS) {
    out.push(heading(2, PROJECT_NOTE_LABELS[section]));
    const note = noteToMdast(project.retro.notes[section], options);
    out.push(...(note.length > 0 ? note : [italic('Nothing written.')]));
  }

  out.push(heading(2, 'NPS'));
  out.push(...npsMarkdown(report));
  out.push(italic(`Exported from Aux Desk on ${formatDisplayDate(report.generatedOn)}.`));
  return serializeMarkdown({ type: 'root', children: out });
}

function npsMarkdown(report: ProjectReport): RootContent[] {
  const { nps } = report;
  if (nps.count === 0) return [para(txt('No NPS responses recorded.'))];
  const responses = report.file.project.nps;
  return [
    para(
      strong(`NPS ${formatNps(nps.nps)}`),
      txt(
        ` from ${nps.count} ${nps.count === 1 ? 'response' : 'responses'}: ${nps.promoters} promoters (9–10), ${nps.passives} passives (7–8), ${nps.detractors} detractors (0–6).`,
      ),
    ),
    mdTable(
      ['Role', 'Responses', 'NPS'],
      NPS_ROLES.filter((r) => nps.byRole[r].count > 0).map((r) => [
        NPS_ROLE_LABELS[r],
        String(nps.byRole[r].count),
        formatNps(nps.byRole[r].nps),
      ]),
    ),
    mdTable(['Score', ...nps.distribution.map((_, i) => String(i))], [['Responses', ...nps.distribution.map(String)]]),
    mdTable(
      ['Respondent', 'Role', 'Score', 'Comment'],
      responses.map((r) => [r.respondent || 'Anonymous', NPS_ROLE_LABELS[r.role], String(r.score), r.comment]),
    ),
  ];
}

// ---------------------------------------------------------------- HTML

/**
 * The look of the page around the notes (which bring NOTE_LOOK): one stylesheet in the
 * export, inline styles in the mail.
 */
const REPORT_LOOK = {
  body: { element: 'body', css: 'margin:0;background:#f7f7f5;' },
  page: {
    element: 'main',
    css: `max-width:880px;margin:0 auto;padding:32px 24px 48px;background:#fff;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;${WRAP_LONG_WORDS}`,
  },
  h1: { element: 'h1', css: 'font-size:26px;margin:0 0 4px;' },
  h2: { element: 'h2', css: 'font-size:19px;margin:32px 0 8px;border-bottom:1px solid #dddbd5;padding-bottom:4px;' },
  h3: { element: 'h3', css: 'font-size:16px;margin:20px 0 6px;' },
  sub: { className: 'sub', css: 'color:#5b5f66;margin:0 0 4px;' },
  table: { element: 'table', css: 'border-collapse:collapse;width:100%;margin:8px 0;font-size:14px;' },
  cell: {
    element: 'th,td',
    css: 'text-align:left;border-bottom:1px solid #e6e4de;padding:5px 8px;vertical-align:top;',
  },
  th: { element: 'th', css: 'color:#5b5f66;font-weight:600;' },
  num: { className: 'num', css: 'text-align:right;font-variant-numeric:tabular-nums;' },
  nps: { className: 'nps', css: 'font-size:32px;font-weight:700;color:#2f6b5f;' },
  note: { className: 'note', css: 'border-left:3px solid #b9b6ae;padding:2px 0 2px 14px;margin:8px 0;' },
  wentWell: { className: 'wentWell', css: 'border-color:#2f6b5f;' },
  wentPoorly: { className: 'wentPoorly', css: 'border-color:#a13a2e;' },
  doNextTime: { className: 'doNextTime', css: 'border-color:#2f5f99;' },
  takeaways: { className: 'takeaways', css: 'border-color:#8a5a12;' },
  bar: {
    className: 'bar',
    css: 'display:inline-block;height:10px;background:#2f6b5f;border-radius:2px;vertical-align:middle;',
  },
  empty: { className: 'empty', css: 'margin:0 0 8px;color:#5b5f66;font-style:italic;' },
  footer: { element: 'footer', css: 'margin-top:32px;color:#5b5f66;font-size:13px;' },
} satisfies Record<string, StyleRule>;
type Look = (...roles: (keyof typeof REPORT_LOOK)[]) => string;

const h = escapeHtml;

function table(look: Look, headers: string[], rows: string[][], numeric: number[] = []): string {
  const num = (i: number) => (numeric.includes(i) ? (['num'] as const) : []);
  const head = headers.map((x, i) => `<th${look('cell', 'th', ...num(i))}>${h(x)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${look('cell', ...num(i))}>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table${look('table')}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function bar(styling: Styling, width: number): string {
  return `<span${styleAttr(REPORT_LOOK, styling, ['bar'], `width:${Math.round(width)}px;`)}></span>`;
}

/**
 * A standalone page: no scripts, nothing loaded from anywhere (its own CSP says so). Styled
 * by a <style> block for the export, or inline for mail, where clients drop <style> blocks.
 */
export function renderHtml(report: ProjectReport, styling: Styling = 'sheet'): string {
  const { engagement, project } = report.file;
  const look: Look = (...roles) => styleAttr(REPORT_LOOK, styling, roles);
  const options = renderOptions(report, 2);
  const totals = actionTotals(report);
  const parts: string[] = [];
  parts.push(`<h1${look('h1')}>Project retro: ${h(engagement.name)}</h1>`);
  parts.push(
    `<p${look('sub')}>${h(engagement.hostTeam || 'Host team not set')} · ${h(formatDisplayDate(engagement.startDate))} – ${h(formatDisplayDate(engagement.endDate))} · ${h(STATUS_LABELS[engagement.status])}</p>`,
  );
  parts.push(
    `<p${look('sub')}>Project retro ${project.retro.date ? `held ${h(formatDisplayDate(project.retro.date))}` : '(date not set)'} · Attendees: ${project.retro.attendees.length === 0 ? 'none recorded' : h(project.retro.attendees.map((a) => a.name).join(', '))}</p>`,
  );

  parts.push(`<h2${look('h2')}>Timeline</h2>`);
  parts.push(
    `<p>${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).</p>`,
  );
  parts.push(
    table(
      look,
      ['Date', 'What', 'Note'],
      report.keyDates.map((d) => [h(formatDisplayDate(d.date)), h(d.label), h(d.note)]),
    ),
  );
  if (report.retros.length > 0) {
    parts.push(`<h3${look('h3')}>Weekly retros</h3>`);
    parts.push(
      table(
        look,
        ['Date', 'Goals (average)', 'Went poorly', 'Action items created', 'Closed'],
        report.retros.map((r) => [
          h(formatDisplayDate(r.date)),
          r.average === null ? '–' : `${bar(styling, r.average * 0.8)} ${r.average}%`,
          r.wentPoorlyEmpty ? '<strong>empty</strong>' : 'written',
          String(r.created),
          String(r.closed),
        ]),
        [3, 4],
      ),
    );
  }

  parts.push(`<h2${look('h2')}>Goals</h2>`);
  parts.push(
    report.goals.length === 0
      ? `<p${look('empty')}>No goals were recorded.</p>`
      : table(
          look,
          ['Goal', 'Kind', 'Metric', 'Baseline → target', 'Latest score', 'Weekly scores'],
          report.goals.map((g) => [
            h(g.title),
            h(g.kind),
            h(g.metric || '–'),
            h(`${g.from || '?'} → ${g.to || '?'}`),
            pct(g.latest),
            h(g.scores.join(', ') || '–'),
          ]),
          [4],
        ),
  );

  for (const section of PROJECT_NOTE_SECTIONS) {
    const body = noteToHtml(project.retro.notes[section], styling, options);
    parts.push(`<h2${look('h2')}>${h(PROJECT_NOTE_LABELS[section])}</h2>`);
    parts.push(`<div${look('note', section)}>${body || `<p${look('empty')}>Nothing written.</p>`}</div>`);
  }

  parts.push(`<h2${look('h2')}>NPS</h2>`);
  parts.push(npsHtml(report, look, styling));
  // Mail clients know <div> and <p> better than <main> and <footer>.
  const [page, footer] = styling === 'inline' ? ['div', 'p'] : ['main', 'footer'];
  parts.push(
    `<${footer}${look('footer')}>Exported from Aux Desk on ${h(formatDisplayDate(report.generatedOn))}.</${footer}>`,
  );

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Project retro: ${h(engagement.name)}</title>`,
    ...(styling === 'sheet'
      ? [`<style>\n${styleSheet(REPORT_LOOK)}\n${styleSheet(NOTE_LOOK, '.note ')}\n</style>`]
      : []),
    '</head>',
    `<body${look('body')}><${page}${look('page')}>${parts.join('\n')}</${page}></body>`,
    '</html>',
    '',
  ].join('\n');
}

function npsHtml(report: ProjectReport, look: Look, styling: Styling): string {
  const { nps } = report;
  if (nps.count === 0) return `<p${look('empty')}>No NPS responses recorded.</p>`;
  const most = Math.max(1, ...nps.distribution);
  return [
    `<p><span${look('nps')}>NPS ${h(formatNps(nps.nps))}</span> from ${nps.count} ${nps.count === 1 ? 'response' : 'responses'}: ${nps.promoters} promoters (9–10), ${nps.passives} passives (7–8), ${nps.detractors} detractors (0–6).</p>`,
    table(
      look,
      ['Role', 'Responses', 'NPS'],
      NPS_ROLES.filter((r) => nps.byRole[r].count > 0).map((r) => [
        h(NPS_ROLE_LABELS[r]),
        String(nps.byRole[r].count),
        h(formatNps(nps.byRole[r].nps)),
      ]),
      [1, 2],
    ),
    table(
      look,
      ['Score', 'Responses', ''],
      nps.distribution.map((n, score) => [String(score), String(n), n === 0 ? '' : bar(styling, (n / most) * 200)]),
      [0, 1],
    ),
    table(
      look,
      ['Respondent', 'Role', 'Score', 'Comment'],
      report.file.project.nps.map((r) => [
        h(r.respondent || 'Anonymous'),
        h(NPS_ROLE_LABELS[r.role]),
        String(r.score),
        h(r.comment),
      ]),
      [2],
    ),
  ].join('\n');
}
