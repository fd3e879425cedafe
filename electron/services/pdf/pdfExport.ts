import { localDateOf } from '../../../shared/dates';
import type { PdfSubject } from '../../../shared/ipc/pdf';
import type { EngagementFile } from '../../../shared/model/files';
import { pdfLayout, paperForLocale, type Paper, type PdfLayout } from '../../../shared/print/paper';
import type { PrintDocument } from '../../../shared/print/printDocument';
import { projectPrintDocument } from '../../../shared/print/projectPrint';
import { retroPrintDocument } from '../../../shared/print/retroPrint';
import { fileSlug, reportFileName } from '../../../shared/project/report';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import type { MailPlatform } from '../mail/mailService';
import type { HandlersFor } from '../router';
import { PrintJobs } from './printJobs';

/** One document to print: its job id (the print view's address carries it), its layout, and when it is laid out. */
export interface PrintJob {
  id: string;
  layout: PdfLayout;
  /** Settles when the print view has laid the document out; rejects with the reason it could not, or on timeout. */
  rendered: Promise<void>;
}

/**
 * The operating system's part: print a job in a print view (Electron: a hidden window on the
 * renderer's print page, then webContents.printToPDF; the e2e host: a page of its browser,
 * then CDP's Page.printToPDF), and the locale the paper defaults from.
 */
export interface PrintPlatform {
  printToPdf(job: PrintJob): Promise<Uint8Array>;
  /** The OS's locale or region ("en-US", "CA"), for the paper the export offers first. */
  systemLocale(): string;
}

export interface PdfExportDeps {
  engagements: EngagementRepository;
  platform: PrintPlatform & Pick<MailPlatform, 'saveFile'>;
  now: () => Date;
  newId: () => string;
  /** How long the print view may take to lay a document out (20 s; tests shorten it). */
  renderTimeoutMs?: number;
}

const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }];

/** A weekly retro's or the project retro's notes as a PDF for A4 or Letter, saved where the user chooses. */
export class PdfExportService {
  readonly jobs: PrintJobs;

  constructor(private readonly deps: PdfExportDeps) {
    this.jobs = new PrintJobs(deps.newId);
  }

  defaults(): { paper: Paper } {
    return { paper: paperForLocale(this.deps.platform.systemLocale()) };
  }

  async export(engagementId: string, subject: PdfSubject, paper: Paper): Promise<{ path: string | null }> {
    const file = this.deps.engagements.readDoc(engagementId);
    const { document, fileName } = this.#documentOf(file, subject);
    const pdf = await this.#print(document, paper);
    const path = await this.deps.platform.saveFile({
      defaultName: fileName,
      contents: Buffer.from(pdf),
      filters: PDF_FILTERS,
    });
    return { path };
  }

  #documentOf(file: EngagementFile, subject: PdfSubject): { document: PrintDocument; fileName: string } {
    const today = localDateOf(this.deps.now());
    if (subject.kind === 'project') {
      return {
        document: projectPrintDocument(file, today),
        fileName: reportFileName(file.engagement.name, 'pdf'),
      };
    }
    const retro = file.retro.retros.find((r) => r.id === subject.retroId && r.deletedAt === null);
    if (!retro) throw new AppError('not-found', 'That retro no longer exists.');
    return {
      document: retroPrintDocument({
        engagement: file.engagement,
        retro,
        goals: file.retro.goals,
        retros: file.retro.retros,
        today,
      }),
      fileName: `${fileSlug(file.engagement.name)}-retro-${retro.date}.pdf`,
    };
  }

  async #print(document: PrintDocument, paper: Paper): Promise<Uint8Array> {
    const job = this.jobs.open(document);
    const ms = this.deps.renderTimeoutMs ?? 20_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the print view did not lay the notes out within ${ms / 1000} s`)), ms);
    });
    const rendered = Promise.race([job.rendered, timeout]);
    // Unawaited when the print view fails to load first: that failure is the one reported.
    rendered.catch(() => undefined);
    try {
      return await this.deps.platform.printToPdf({ id: job.id, layout: pdfLayout(paper, document.footer), rendered });
    } catch (error) {
      throw new AppError(
        'internal',
        `Could not make the PDF: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
      this.jobs.close(job.id);
    }
  }
}

/** The PDF export's channels (pdf:*) and the print view's (print:*). */
export function pdfHandlers(pdf: PdfExportService): HandlersFor<'pdf' | 'print'> {
  return {
    'pdf:defaults': () => pdf.defaults(),
    'pdf:export': ({ engagementId, subject, paper }) => pdf.export(engagementId, subject, paper),
    'print:document': ({ jobId }) => pdf.jobs.document(jobId),
    'print:rendered': ({ jobId, error }) => {
      pdf.jobs.rendered(jobId, error);
      return {};
    },
  };
}
