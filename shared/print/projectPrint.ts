import type { EngagementFile } from '../model/files';
import { projectReport } from '../project/report';
import { reportParts, type ReportPart } from '../project/reportHtml';
import { printBody, type PrintDocument } from './printDocument';

/**
 * Where the project retro's PDF turns a page: the walk (header and timeline) fills the first,
 * then the goals, the notes (went well onwards, flowing) and the NPS each start on a new one.
 */
const NEW_PAGE: ReadonlySet<ReportPart> = new Set(['goals', 'wentWell', 'nps']);

/** The project retro as the PDF shows it: the HTML export's report, part by part. */
export function projectPrintDocument(file: EngagementFile, today: string): PrintDocument {
  const report = projectReport(file, today);
  const parts = reportParts(report, 'sheet').map(({ part, blocks }) => ({
    name: part,
    blocks,
    newPage: NEW_PAGE.has(part),
  }));
  const title = `Project retro: ${file.engagement.name}`;
  return { title, footer: `${title} · Aux Desk`, html: printBody('project', parts) };
}
