import DOMPurify from 'dompurify';
import { invoke, messageOf } from '../api';
import { printStyleSheet } from '../../shared/print/printDocument';

/**
 * The print view of the PDF export: a hidden window (Electron) or a page of the e2e host's
 * browser, on this page, under the app's CSP and with the same window.api as the app. Its
 * address names the print job; it fetches the job's document from main, lays it out and says
 * when it is ready, and main prints it to PDF.
 */
async function layOut(jobId: string): Promise<void> {
  const printed = await invoke('print:document', { jobId });
  // The stylesheet is the app's own code (shared/print), adopted through the CSSOM: the CSP's
  // style-src 'self' refuses <style> blocks and style attributes, and the document has neither.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printStyleSheet());
  document.adoptedStyleSheets = [sheet];
  document.title = printed.title;
  // Every text in the document was escaped by the renderers that built it; sanitising it as
  // it goes in is a second wall against hostile note content.
  const body = DOMPurify.sanitize(printed.html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'link', 'img', 'iframe', 'form'],
    FORBID_ATTR: ['style'],
  });
  document.body.replaceChildren(body);
  await document.fonts.ready;
}

const jobId = decodeURIComponent(location.hash.slice(1));
layOut(jobId)
  .then(
    () => invoke('print:rendered', { jobId, error: null }),
    // Main waits for this answer: a failure says why rather than letting the export time out.
    (error: unknown) => invoke('print:rendered', { jobId, error: messageOf(error).slice(0, 2000) }),
  )
  .catch((error: unknown) => {
    document.body.textContent = `The PDF could not be laid out: ${messageOf(error)}`;
  });
