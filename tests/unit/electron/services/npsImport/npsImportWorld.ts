import type { RequestOf, ResponseOf } from '../../../../../shared/ipc';
import type { Engagement } from '../../../../../shared/model/engagement';
import type { NpsImportOptions } from '../../../../../shared/model/npsImport';
import { person, validInput } from '../../../support/fixtures';
import { openServices, testClock, type Harness } from '../../../support/services';

/** Thursday 11 February 2027, 15:00 UTC: the day the exports below were downloaded. */
export const IMPORT_NOW = '2027-02-11T15:00:00.000Z';

export const GUESS: NpsImportOptions = { mapping: null, hasHeader: null, dateOrder: null, defaultRole: 'other' };

type Source = RequestOf<'npsImport:preview'>['source'];

/** Text as pasted, or bytes as a file the renderer sends as base64. */
export const pasted = (text: string): Source => ({ kind: 'paste', text });
export const file = (bytes: Buffer | string, name = 'responses.csv'): Source => ({
  kind: 'file',
  name,
  base64: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
});

export interface ImportWorld extends Harness {
  engagement: Engagement;
  preview(source: Source, options?: Partial<NpsImportOptions>): Promise<ResponseOf<'npsImport:preview'>>;
  /** Previews, then imports what the preview showed ready. */
  importAll(source: Source, options?: Partial<NpsImportOptions>): Promise<ResponseOf<'npsImport:run'>>;
  responses(): Promise<ResponseOf<'project:get'>['nps']>;
}

/** An engagement whose People know Kenji (host developer) and Ana (host PM) by address. */
export async function openImportWorld(dataDir: string): Promise<ImportWorld> {
  const harness = openServices(dataDir, { clock: testClock(IMPORT_NOW) });
  const engagement = await harness.call(
    'engagements:create',
    validInput({
      name: 'Checkout MVP',
      people: [
        person({ id: 'a-1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'engineer' }),
        person({ id: 'h-1', name: 'Kenji Sato', email: 'kenji@example.com', role: 'host-developer' }),
        person({ id: 'h-2', name: 'Ana Lima', email: 'ana@example.com', role: 'host-pm' }),
      ],
    }),
  );
  const engagementId = engagement.id;
  const preview: ImportWorld['preview'] = (source, options = {}) =>
    harness.call('npsImport:preview', { engagementId, source, options: { ...GUESS, ...options } });
  return {
    ...harness,
    engagement,
    preview,
    importAll: async (source, options = {}) => {
      const seen = await preview(source, options);
      return harness.call('npsImport:run', {
        engagementId,
        source,
        options: {
          mapping: seen.mapping,
          hasHeader: seen.hasHeader,
          dateOrder: seen.dateOrder,
          defaultRole: seen.defaultRole,
        },
        expected: seen.counts.ready,
      });
    },
    responses: async () => (await harness.call('project:get', { engagementId })).nps,
  };
}

/**
 * A Google Forms "Download responses (.csv)": every cell quoted, "Timestamp" first in the
 * form's zone with its GMT offset, the collected "Email address", then each question's text.
 */
export function googleFormsCsv(rows: [string, string, string, string][]): string {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const header = [
    'Timestamp',
    'Email address',
    'How likely are you to recommend Aux Eng?',
    'Why did you give that score?',
  ];
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/**
 * A Microsoft Forms export saved from Excel as "CSV UTF-8": a byte order mark, "ID", "Start
 * time", "Completion time", "Email", "Name", then the questions; cells quoted only when needed.
 */
export function microsoftFormsCsv(rows: string[][], separator = ','): Buffer {
  const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'How likely are you to recommend Aux Eng to a friend or colleague?',
    'What is the main reason for your score?',
  ];
  const text = [header, ...rows].map((r) => r.map(quote).join(separator)).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
