import { formatDisplayDate } from '../dates';
import { escapeHtml, styleAttr, styleSheet, WRAP_LONG_WORDS, type StyleRule, type Styling } from '../html';
import { STATUS_LABELS } from '../model/engagement';
import { NPS_ROLE_LABELS, NPS_ROLES, PROJECT_NOTE_LABELS, PROJECT_NOTE_SECTIONS } from '../model/projectRetro';
import { NOTE_LOOK, noteToHtml } from '../note/render';
import { formatNps } from './nps';
import { actionTotals, pct, renderOptions, type ProjectReport } from './report';

/**
 * The look of the page around the notes (which bring NOTE_LOOK): one stylesheet in the
 * export, inline styles in the mail.
 */
export const REPORT_LOOK = {
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
export type ReportRole = keyof typeof REPORT_LOOK;
type Look = (...roles: ReportRole[]) => string;

const h = escapeHtml;

function table(look: Look, headers: string[], rows: string[][], numeric: number[] = []): string {
  const num = (i: number) => (numeric.includes(i) ? (['num'] as const) : []);
  const head = headers.map((x, i) => `<th${look('cell', 'th', ...num(i))}>${h(x)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${look('cell', ...num(i))}>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table${look('table')}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * A bar of `width` px. Inline (mail) it is a styled span; with a stylesheet it is an empty SVG
 * of that width, sized by attributes, not a style attribute: the PDF's print view runs under
 * the app's CSP, which refuses style attributes (and the export page draws it the same).
 */
export function bar(styling: Styling, width: number): string {
  const px = Math.round(width);
  if (styling === 'sheet') return `<svg class="bar" width="${px}" height="10" aria-hidden="true"></svg>`;
  return `<span${styleAttr(REPORT_LOOK, styling, ['bar'], `width:${px}px;`)}></span>`;
}

/** The title and who, when and with whom. */
function headerHtml(report: ProjectReport, look: Look): string[] {
  const { engagement, project } = report.file;
  const attendees = project.retro.attendees;
  return [
    `<h1${look('h1')}>Project retro: ${h(engagement.name)}</h1>`,
    `<p${look('sub')}>${h(engagement.hostTeam || 'Host team not set')} · ${h(formatDisplayDate(engagement.startDate))} – ${h(formatDisplayDate(engagement.endDate))} · ${h(STATUS_LABELS[engagement.status])}</p>`,
    `<p${look('sub')}>Project retro ${project.retro.date ? `held ${h(formatDisplayDate(project.retro.date))}` : '(date not set)'} · Attendees: ${attendees.length === 0 ? 'none recorded' : h(attendees.map((a) => a.name).join(', '))}</p>`,
  ];
}

/** The key dates and the weekly retros, each retro's average as a bar. */
function timelineHtml(report: ProjectReport, look: Look, styling: Styling): string[] {
  const totals = actionTotals(report);
  const parts = [
    `<h2${look('h2')}>Timeline</h2>`,
    `<p>${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).</p>`,
    table(
      look,
      ['Date', 'What', 'Note'],
      report.keyDates.map((d) => [h(formatDisplayDate(d.date)), h(d.label), h(d.note)]),
    ),
  ];
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
  return parts;
}

function goalsHtml(report: ProjectReport, look: Look): string[] {
  return [
    `<h2${look('h2')}>Goals</h2>`,
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
  ];
}

/** What the report is made of, in order; the PDF gives each part its own section. */
export const REPORT_PARTS = ['header', 'timeline', 'goals', ...PROJECT_NOTE_SECTIONS, 'nps', 'footer'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

/** The report's body, part by part, each part its HTML blocks (joined by newlines on the page). */
export function reportParts(report: ProjectReport, styling: Styling): { part: ReportPart; blocks: string[] }[] {
  const { project } = report.file;
  const look: Look = (...roles) => styleAttr(REPORT_LOOK, styling, roles);
  const options = renderOptions(report, 2);
  const notes = PROJECT_NOTE_SECTIONS.map((section) => {
    const body = noteToHtml(project.retro.notes[section], styling, options);
    return {
      part: section,
      blocks: [
        `<h2${look('h2')}>${h(PROJECT_NOTE_LABELS[section])}</h2>`,
        `<div${look('note', section)}>${body || `<p${look('empty')}>Nothing written.</p>`}</div>`,
      ],
    };
  });
  // Mail clients know <p> better than <footer>.
  const footer = styling === 'inline' ? 'p' : 'footer';
  return [
    { part: 'header', blocks: headerHtml(report, look) },
    { part: 'timeline', blocks: timelineHtml(report, look, styling) },
    { part: 'goals', blocks: goalsHtml(report, look) },
    ...notes,
    { part: 'nps', blocks: [`<h2${look('h2')}>NPS</h2>`, npsHtml(report, look, styling)] },
    {
      part: 'footer',
      blocks: [
        `<${footer}${look('footer')}>Exported from Aux Desk on ${h(formatDisplayDate(report.generatedOn))}.</${footer}>`,
      ],
    },
  ];
}

/**
 * A standalone page: no scripts, nothing loaded from anywhere (its own CSP says so). Styled
 * by a <style> block for the export, or inline for mail, where clients drop <style> blocks.
 */
export function renderHtml(report: ProjectReport, styling: Styling = 'sheet'): string {
  const { engagement } = report.file;
  const look: Look = (...roles) => styleAttr(REPORT_LOOK, styling, roles);
  const parts = reportParts(report, styling).flatMap((p) => p.blocks);
  // Mail clients know <div> better than <main>.
  const page = styling === 'inline' ? 'div' : 'main';
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
