import { styleSheet } from '../html';
import { NOTE_LOOK } from '../note/render';
import { REPORT_LOOK } from '../project/reportHtml';

/**
 * What the print view shows before it is printed to PDF: the title (the PDF's Title, and the
 * document's), the text of the page footer, and the body. The body is built by the shared
 * renderers, every text escaped, and styled by classes only: the print view runs under the
 * app's CSP, which refuses <style> blocks and style attributes.
 */
export interface PrintDocument {
  title: string;
  footer: string;
  html: string;
}

/** One part of the document: kept on one page where it fits; `newPage` starts on a fresh one. */
export interface PrintPart {
  name: string;
  blocks: string[];
  newPage?: boolean;
}

/**
 * Each part is a <section>: print CSS keeps a section whole where it fits on a page and lets
 * the page break between sections; a heading never ends a page.
 */
export function printBody(kind: 'retro' | 'project', parts: PrintPart[]): string {
  const sections = parts.map(
    (p) =>
      `<section class="print-part print-part--${p.name}${p.newPage ? ' print-part--new-page' : ''}">\n` +
      `${p.blocks.join('\n')}\n</section>`,
  );
  return `<main class="print print--${kind}">\n${sections.join('\n')}\n</main>`;
}

/**
 * The print view's own rules, after the report's and the notes' looks. In table cells a long
 * word still breaks (break-word) but no longer counts as breakable anywhere when the columns
 * are sized (anywhere would squeeze "Business" into "Busine/ss" on paper).
 */
const PRINT_RULES = `
:root{color-scheme:light;print-color-adjust:exact;-webkit-print-color-adjust:exact;}
body{margin:0;background:#fff;}
main.print{max-width:none;margin:0;padding:0;font-size:13px;line-height:1.45;}
main.print h1{font-size:22px;}
main.print h2{font-size:16px;margin-top:22px;}
.print-part{break-inside:avoid-page;}
.print-part--new-page{break-before:page;}
h1,h2,h3,h4,h5,h6{break-after:avoid-page;}
tr,li,blockquote,pre{break-inside:avoid-page;}
thead{display:table-header-group;}
.print-part--footer{margin-top:24px;}
main.print th,main.print td{overflow-wrap:break-word;word-break:normal;}
.print-part--timeline td:first-child{white-space:nowrap;}
`.trim();

/**
 * The print view's stylesheet: the export page's look (REPORT_LOOK), the notes' (NOTE_LOOK,
 * scoped to .note as on the export page) and the rules for paper. The print view's script
 * adopts it as a constructed stylesheet, which the CSP's style-src 'self' allows: the text
 * is the app's own code, never the document's.
 */
export function printStyleSheet(): string {
  return [styleSheet(REPORT_LOOK), styleSheet(NOTE_LOOK, '.note '), PRINT_RULES].join('\n');
}
