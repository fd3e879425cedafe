import { escapeHtml } from '../html';
import { graphemes } from '../text';

/** The paper a PDF is laid out for. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Sizes in inches, what both printToPDF APIs take: A4 is 210 × 297 mm, Letter 8.5 × 11 in. */
const MM = 1 / 25.4;
export const PAPER_SIZES: Record<Paper, { label: string; detail: string; widthIn: number; heightIn: number }> = {
  a4: { label: 'A4', detail: '210 × 297 mm', widthIn: 210 * MM, heightIn: 297 * MM },
  letter: { label: 'Letter', detail: '8.5 × 11 in', widthIn: 8.5, heightIn: 11 },
};

/** The regions whose paper is Letter, as the export's default; everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA']);

/**
 * The paper for the operating system's locale: a region ("US"), or a locale tag whose region
 * is read from it ("en-CA", "fr_CA.UTF-8"). A language alone ("en") says nothing about where
 * the user is, so it gets A4, as does anything unreadable.
 */
export function paperForLocale(locale: string | null | undefined): Paper {
  const region = regionOf(locale ?? '');
  return region !== null && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

function regionOf(locale: string): string | null {
  const tag = locale.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (/^[A-Za-z]{2}$/.test(tag) && tag === tag.toUpperCase()) return tag;
  try {
    return new Intl.Locale(tag).region ?? null;
  } catch {
    return null;
  }
}

/**
 * How a PDF page is laid out, whichever host prints it: Electron's webContents.printToPDF
 * (electronPdfOptions) or Chromium's CDP Page.printToPDF (cdpPdfParams) in the e2e host,
 * both from this one description. Margins in inches; the footer numbers the pages.
 */
export interface PdfLayout {
  widthIn: number;
  heightIn: number;
  margins: { top: number; bottom: number; left: number; right: number };
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * Chromium renders the header and footer templates in a document of their own (the page's CSP
 * does not reach it): inline styles are how they get a look. The title is the document's,
 * filled in by Chromium, and escaped here all the same.
 */
export function pdfLayout(paper: Paper, footerText: string): PdfLayout {
  const { widthIn, heightIn } = PAPER_SIZES[paper];
  const footer =
    `<div style="font-family:'DejaVu Sans',system-ui,sans-serif;font-size:8px;color:#5b5f66;width:100%;` +
    `margin:0 0.6in;display:flex;justify-content:space-between;">` +
    `<span>${escapeHtml(shortened(footerText, FOOTER_MAX))}</span>` +
    `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
  return {
    widthIn,
    heightIn,
    margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
    // An empty header: without one Chromium prints the date and the title up there.
    headerTemplate: '<span></span>',
    footerTemplate: footer,
  };
}

/** How much of the footer's text fits beside "Page 10 of 12" on one line of the narrower paper (A4). */
const FOOTER_MAX = 110;

function shortened(text: string, max: number): string {
  const all = graphemes(text);
  return all.length <= max ? text : `${all.slice(0, max - 1).join('')}…`;
}

/** The options of Electron's webContents.printToPDF for a layout. */
export function electronPdfOptions(layout: PdfLayout) {
  return {
    pageSize: { width: layout.widthIn, height: layout.heightIn },
    margins: layout.margins,
    ...sharedPdfOptions(layout),
  };
}

/** The parameters of the Chrome DevTools Protocol's Page.printToPDF for the same layout. */
export function cdpPdfParams(layout: PdfLayout) {
  return {
    paperWidth: layout.widthIn,
    paperHeight: layout.heightIn,
    marginTop: layout.margins.top,
    marginBottom: layout.margins.bottom,
    marginLeft: layout.margins.left,
    marginRight: layout.margins.right,
    ...sharedPdfOptions(layout),
  };
}

/** What Electron's printToPDF and CDP's Page.printToPDF call by the same names: one list, so the hosts cannot drift. */
function sharedPdfOptions(layout: PdfLayout) {
  return {
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
