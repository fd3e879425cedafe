import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import type { PrintDocument } from '../../../../shared/print/printDocument';
import { PdfExportService, type PrintJob } from '../../../../electron/services/pdf/pdfExport';
import type { MainServices } from '../../../../electron/services/mainServices';
import { validInput } from '../../support/fixtures';
import { doc, taskItem, taskList } from '../../support/notes';
import { openServices, recordingPlatform, testClock, type Harness } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

/**
 * A print view that plays the renderer's print page over the real router, as print/main.ts does
 * in the app: it asks for its job's document (print:document), says it is laid out
 * (print:rendered, or the error the page met), and "prints" the document it was given as its
 * text, so a test can see what would have been on paper. The real PDF is the e2e story's
 * (tests/e2e/pdf.spec.ts, read back with pdftotext).
 */
function playingPrintView(pageError: string | null = null) {
  const seen: { job: PrintJob; document: PrintDocument }[] = [];
  let services: MainServices | null = null;
  const platform = recordingPlatform({
    printToPdf: async (job) => {
      if (!services) throw new Error('no services');
      const answer = await services.dispatch('print:document', { jobId: job.id });
      if (!answer.ok) throw new Error(answer.error.message);
      const document = answer.value as PrintDocument;
      seen.push({ job, document });
      await services.dispatch('print:rendered', { jobId: job.id, error: pageError });
      await job.rendered;
      return new TextEncoder().encode(`%PDF ${document.html}`);
    },
  });
  return { platform, seen, attach: (s: MainServices) => (services = s) };
}

describe('Export PDF in main (through IPC dispatch)', () => {
  const tempDir = useTempDir();

  async function withRetro(
    view = playingPrintView(),
  ): Promise<Harness & { engagement: Engagement; retroId: string; view: ReturnType<typeof playingPrintView> }> {
    const harness = openServices(tempDir(), { platform: view.platform, clock: testClock('2027-02-11T15:00:00.000Z') });
    view.attach(harness.services);
    const engagement = await harness.call(
      'engagements:create',
      validInput({ name: 'Payments MVP', startDate: '2027-01-04', endDate: '2027-03-15' }),
    );
    const retro = await harness.call('retros:create', { engagementId: engagement.id, date: '2027-02-11' });
    await harness.call('retros:saveNote', {
      engagementId: engagement.id,
      retroId: retro.id,
      section: 'doNextTime',
      doc: doc(taskList(taskItem({ id: 'a1', owner: 'p-1', due: '2027-02-18' }, 'Split the <pipeline>'))),
    });
    return { ...harness, engagement, retroId: retro.id, view };
  }

  it('prints a weekly retro in the print view and saves it as a PDF where the user chooses', async () => {
    const { call, platform, engagement, retroId, view, services } = await withRetro();
    const result = await call('pdf:export', {
      engagementId: engagement.id,
      subject: { kind: 'retro', retroId },
      paper: 'letter',
    });
    expect(result).toEqual({ path: '/exports/payments-mvp-retro-2027-02-11.pdf' });
    expect(platform.saved).toHaveLength(1);
    expect(platform.saved[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    // What the print view was given is what was saved: the retro, its action item escaped.
    const [printed] = view.seen;
    expect(printed?.document.title).toBe('Retro of 11 Feb 2027 · Payments MVP');
    expect(printed?.document.html).toContain('Split the &lt;pipeline&gt;');
    expect(printed?.document.html).toContain('(Ada Lovelace, due 18 Feb 2027)');
    expect(platform.saved[0]?.contents).toBe(`%PDF ${printed?.document.html ?? ''}`);
    // Laid out for Letter: 8.5 × 11 in, with the document's footer.
    expect(printed?.job.layout).toMatchObject({ widthIn: 8.5, heightIn: 11 });
    expect(printed?.job.layout.footerTemplate).toContain('Retro of 11 Feb 2027 · Payments MVP · Aux Desk');
    // The job is over once printed: its document cannot be fetched again.
    const again = await services.dispatch('print:document', { jobId: printed?.job.id ?? '' });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('prints the project retro on A4', async () => {
    const { call, platform, engagement, view } = await withRetro();
    const result = await call('pdf:export', { engagementId: engagement.id, subject: { kind: 'project' }, paper: 'a4' });
    expect(result.path).toBe('/exports/payments-mvp-project-retro.pdf');
    expect(view.seen[0]?.document.html).toContain('print--project');
    expect(view.seen[0]?.job.layout.widthIn).toBeCloseTo(210 / 25.4, 10);
    expect(platform.saved[0]?.name).toBe('payments-mvp-project-retro.pdf');
  });

  it('answers path null when the user cancels the save dialog', async () => {
    const view = playingPrintView();
    const platform = recordingPlatform({
      printToPdf: (job) => view.platform.printToPdf(job),
      saveFile: () => Promise.resolve(null),
    });
    const harness = openServices(tempDir(), { platform });
    view.attach(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    expect(
      await harness.call('pdf:export', { engagementId: engagement.id, subject: { kind: 'project' }, paper: 'a4' }),
    ).toEqual({ path: null });
  });

  it('says why when the print view could not lay the notes out, and saves nothing', async () => {
    const { fail, platform, engagement, retroId } = await withRetro(playingPrintView('Out of memory'));
    const error = await fail(
      'pdf:export',
      { engagementId: engagement.id, subject: { kind: 'retro', retroId }, paper: 'a4' },
      'internal',
    );
    expect(error.message).toBe('Could not make the PDF: Out of memory');
    expect(platform.saved).toEqual([]);
  });

  it('gives up on a print view that never answers, in words', async () => {
    // A print view that loads but whose page never says it is laid out.
    const platform = recordingPlatform({
      printToPdf: async (job) => {
        await job.rendered;
        return new Uint8Array();
      },
    });
    const { services } = openServices(tempDir(), { platform });
    const engagement = services.engagements.create(validInput());
    const pdf = new PdfExportService({
      engagements: services.engagements,
      platform,
      now: () => new Date('2027-02-11T15:00:00.000Z'),
      newId: () => 'job-1',
      renderTimeoutMs: 30,
    });
    await expect(pdf.export(engagement.id, { kind: 'project' }, 'a4')).rejects.toThrow(
      'Could not make the PDF: the print view did not lay the notes out within 0.03 s',
    );
    expect(pdf.jobs.size).toBe(0);
    expect(platform.saved).toEqual([]);
  });

  it('refuses a deleted or unknown retro, a bad paper and an unknown job, printing nothing', async () => {
    const { fail, call, platform, engagement, retroId } = await withRetro();
    await call('retros:delete', { engagementId: engagement.id, retroId });
    const gone = await fail(
      'pdf:export',
      { engagementId: engagement.id, subject: { kind: 'retro', retroId }, paper: 'a4' },
      'not-found',
    );
    expect(gone.message).toBe('That retro no longer exists.');
    const paper = await fail(
      'pdf:export',
      { engagementId: engagement.id, subject: { kind: 'project' }, paper: 'a3' },
      'invalid-payload',
    );
    expect(paper.fieldErrors).toEqual({ paper: 'Choose A4 or Letter.' });
    await fail(
      'pdf:export',
      { engagementId: engagement.id, subject: { kind: 'timeline' }, paper: 'a4' },
      'invalid-payload',
    );
    await fail('print:document', { jobId: '../settings' }, 'invalid-payload');
    await fail('print:document', { jobId: 'no-such-job' }, 'not-found');
    await fail('print:rendered', { jobId: 'no-such-job', error: null }, 'not-found');
    expect(platform.printed).toEqual([]);
    expect(platform.saved).toEqual([]);
  });

  it('offers Letter first in the US and Canada, A4 elsewhere, from the system locale', async () => {
    const { call, platform } = await withRetro();
    expect(await call('pdf:defaults', {})).toEqual({ paper: 'a4' });
    for (const [locale, paper] of [
      ['US', 'letter'],
      ['en-CA', 'letter'],
      ['de-DE', 'a4'],
      ['en', 'a4'],
    ] as const) {
      platform.locale = locale;
      expect(await call('pdf:defaults', {})).toEqual({ paper });
    }
  });
});
