import type { Heading, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, TableRow, Text } from 'mdast';
import { formatDisplayDate } from '../dates';
import { STATUS_LABELS } from '../model/engagement';
import { NPS_ROLE_LABELS, NPS_ROLES, PROJECT_NOTE_LABELS, PROJECT_NOTE_SECTIONS } from '../model/projectRetro';
import { noteToMdast, serializeMarkdown } from '../note/markdown';
import { formatNps } from './nps';
import { actionTotals, pct, renderOptions, type ProjectReport } from './report';

// The project retro as Markdown. A tree (mdast), serialised by markdown.ts: the serialiser escapes whatever a name, a note or
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

/** The title and who, when and with whom. */
function headerMarkdown(report: ProjectReport): RootContent[] {
  const { engagement, project } = report.file;
  const held = project.retro.date ? `held ${formatDisplayDate(project.retro.date)}` : 'date not set';
  const brk: PhrasingContent = { type: 'break' };
  const attendees = project.retro.attendees;
  return [
    heading(1, `Project retro: ${engagement.name}`),
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
        txt(` ${attendees.length === 0 ? 'none recorded' : attendees.map((a) => a.name).join(', ')}`),
      ],
    ),
  ];
}

/** The key dates and the weekly retros. */
function timelineMarkdown(report: ProjectReport): RootContent[] {
  const totals = actionTotals(report);
  const out: RootContent[] = [
    heading(2, 'Timeline'),
    para(
      txt(
        `${report.retros.length} weekly ${report.retros.length === 1 ? 'retro' : 'retros'}, ${totals.total} action ${totals.total === 1 ? 'item' : 'items'} (${totals.done} done).`,
      ),
    ),
    mdTable(
      ['Date', 'What', 'Note'],
      report.keyDates.map((d) => [formatDisplayDate(d.date), d.label, d.note]),
    ),
  ];
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
  return out;
}

function goalsMarkdown(report: ProjectReport): RootContent[] {
  if (report.goals.length === 0) return [heading(2, 'Goals'), para(txt('No goals were recorded.'))];
  return [
    heading(2, 'Goals'),
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
  ];
}

export function renderMarkdown(report: ProjectReport): string {
  const { project } = report.file;
  const options = renderOptions(report, 1);
  const out: RootContent[] = [...headerMarkdown(report), ...timelineMarkdown(report), ...goalsMarkdown(report)];
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
