import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../shared/model/npsImport';
import { useTempDir } from '../../../support/tempDir';
import { useTimeZone } from '../../../support/timeZone';
import { file, GUESS, googleFormsCsv, openImportWorld, pasted } from './npsImportWorld';

describe('importing NPS responses: bad rows each get their reason, hostile files are refused whole', () => {
  const tempDir = useTempDir();
  useTimeZone('Europe/Berlin');

  it('refuses each bad row with a reason in words and keeps the good ones', async () => {
    const world = await openImportWorld(tempDir());
    const csv =
      googleFormsCsv([
        ['2027/02/08 4:14:03 PM GMT+1', 'kenji@example.com', '9', 'Fine'],
        ['2027/02/08 4:15:00 PM GMT+1', '', 'eleven', ''],
        ['2027/02/08 4:16:00 PM GMT+1', '', '11', ''],
        ['2027/02/08 4:17:00 PM GMT+1', '', '7.5', ''],
        ['2027/02/08 4:18:00 PM GMT+1', '', '', 'no score given'],
        ['2027/02/08 4:19:00 PM GMT+1', '', '8', "=cmd|' /C calc'!A0"],
        ['2027/02/08 4:20:00 PM GMT+1', '@SUM(1+1)*cmd|x', '8', ''],
        ['2027/02/08 4:21:00 PM GMT+1', '', '=10', ''],
        ['yesterday', '', '8', ''],
        ['2031/02/08 4:22:00 PM GMT+1', '', '8', ''],
        ['2027/02/08 4:23:00 PM GMT+1', '', '5', 'bell\u0007'],
        ['2027/02/08 4:24:00 PM GMT+1', 'x'.repeat(121), '5', ''],
        ['2027/02/08 4:25:00 PM GMT+1', '', '4', 'c'.repeat(2001)],
        ['2027/02/08 4:26:00 PM GMT+1', '', '-1', '- none, +1 for pairing'],
      ]) +
      '"2027/02/08 4:27:00 PM GMT+1","","9","ok","extra"\r\n' +
      '"2027/02/08 4:28:00 PM GMT+1","","9","an unclosed quote\r\n';
    const preview = await world.preview(file(csv));
    expect(preview.rows.map((r) => [r.row, r.status, r.message])).toEqual([
      [2, 'ready', ''],
      [3, 'error', '“eleven” in “How likely are you to recommend Aux Eng?” is not a score from 0 to 10.'],
      [4, 'error', 'Scores go from 0 to 10.'],
      [5, 'error', 'Scores are whole numbers from 0 to 10.'],
      [6, 'error', 'No score in “How likely are you to recommend Aux Eng?”.'],
      [
        7,
        'error',
        "“Why did you give that score?” starts like a spreadsheet formula (“=cmd|' /C calc'!A0”): formulas are not imported.",
      ],
      [8, 'error', '“Email address” starts like a spreadsheet formula (“@SUM(1+1)*cmd|x”): formulas are not imported.'],
      [
        9,
        'error',
        '“How likely are you to recommend Aux Eng?” starts like a spreadsheet formula (“=10”): formulas are not imported.',
      ],
      [10, 'error', '“yesterday” in “Timestamp” is not a date Aux Desk can read.'],
      [11, 'error', '8 Feb 2031 in “Timestamp” is in the future.'],
      [12, 'error', 'The comment contains control characters, which no form writes: is this the right file?'],
      [13, 'error', 'Respondent is too long (at most 120 characters).'],
      [14, 'error', 'Comment is too long (at most 2000 characters).'],
      // "- none" and "+1" are words, not formulas: only the score is wrong.
      [15, 'error', 'Scores go from 0 to 10.'],
      [16, 'error', 'This row has 5 cells where the header has 4: a comma outside quotes?'],
      [
        17,
        'error',
        'The CSV is broken here: a quote (") opens a cell and is never closed, so the rest of the file ran into it.',
      ],
    ]);
    expect(preview.counts).toEqual({ ready: 1, duplicate: 0, error: 15 });
    // A refused row shows its cells as read, on one line, control characters visible.
    expect(preview.rows.find((r) => r.row === 12)?.cells).toEqual([
      '2027/02/08 4:23:00 PM GMT+1',
      '',
      '5',
      'bell\uFFFD',
    ]);
    const { imported } = await world.importAll(file(csv));
    expect(imported.map((r) => r.respondent)).toEqual(['Kenji Sato']);
  });

  it('refuses what is not a survey export, before reading a row', async () => {
    const world = await openImportWorld(tempDir());
    const engagementId = world.engagement.id;
    const refuse = async (source: ReturnType<typeof file>) =>
      (await world.fail('npsImport:preview', { engagementId, source, options: GUESS }, 'invalid-payload')).message;
    expect(await refuse(file(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'NPS.xlsx'))).toBe(
      'This is an Excel workbook, not a CSV file. In Excel, use File › Save As › CSV UTF-8, then import that.',
    );
    expect(await refuse(file(Buffer.from('Score\n9\n\u0000\u0001binary', 'utf8')))).toBe(
      'This is not a text file. Choose the CSV export of the form.',
    );
    expect(await refuse(pasted('  \n\n'))).toBe('Paste the rows first.');
    expect(await refuse(file(`Score\n${'9\n'.repeat(5001)}`))).toBe(
      'The file has more than 5,000 rows: that is not one survey’s export.',
    );
    expect(await refuse(file(`${Array.from({ length: 201 }, (_, i) => `c${i}`).join(',')}\n`))).toBe(
      'A row has 201 columns; at most 200 can be read.',
    );
    expect(await refuse(file(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41])))).toBe(
      'The file says it is UTF-8 but is not: save it again as CSV UTF-8.',
    );
    // Over 5 MB: refused by the contract's schema before main reads a byte of it.
    const huge = await world.fail(
      'npsImport:preview',
      { engagementId, source: { kind: 'paste', text: 'x'.repeat(MAX_IMPORT_BYTES + 1) }, options: GUESS },
      'invalid-payload',
    );
    expect(Object.values(huge.fieldErrors ?? {})).toEqual([
      'The file is larger than 5 MB: that is not one survey’s export.',
    ]);
    const twice = await world.fail(
      'npsImport:preview',
      {
        engagementId,
        source: pasted('Score\n9'),
        options: { ...GUESS, mapping: { score: 0, comment: 0, respondent: null, role: null, date: null } },
      },
      'invalid-payload',
    );
    expect(Object.values(twice.fieldErrors ?? {})).toEqual(['A column can be read as one thing only.']);
    expect(await world.responses()).toEqual([]);
  });

  it('says what stops the import when no column holds a score, and lets the user choose one', async () => {
    const world = await openImportWorld(tempDir());
    const csv = 'When,Who,Answer\n2027-02-08 10:00,Kenji,nine\n';
    const preview = await world.preview(pasted(csv));
    expect(preview.mapping.score).toBeNull();
    expect(preview.problem).toBe('Choose the column that holds the 0–10 score.');
    const engagementId = world.engagement.id;
    const options = { ...GUESS, mapping: preview.mapping, hasHeader: true };
    const refused = await world.fail(
      'npsImport:run',
      { engagementId, source: pasted(csv), options, expected: 1 },
      'invalid-payload',
    );
    expect(refused.message).toBe('Choose the column that holds the 0–10 score.');
    const chosen = await world.preview(pasted(csv), { mapping: { ...preview.mapping, score: 2 }, hasHeader: true });
    expect(chosen.rows[0]?.message).toBe('“nine” in “Answer” is not a score from 0 to 10.');
  });

  it('reads UTF-16 (Excel’s “Unicode text”, tab-separated), Windows-1252 and pasted rows without a header', async () => {
    const world = await openImportWorld(tempDir());
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Score\tComment\r\n9\tZoë’s pairing\r\n', 'utf16le'),
    ]);
    expect((await world.preview(file(utf16))).rows[0]?.response?.comment).toBe('Zoë’s pairing');
    const latin1 = Buffer.from([...Buffer.from('Score,Comment\r\n8,Zo'), 0xeb, ...Buffer.from(' helped\r\n')]);
    expect((await world.preview(file(latin1))).rows[0]?.response?.comment).toBe('Zoë helped');
    // Copied from a sheet: tabs, no header; a score column, a date column, an address and a sentence.
    const rows =
      '9\t2/8/2027 16:05:12\tkenji@example.com\tPaired on the pipeline\n6\t2/9/2027 9:00:00\t\tMore tests, please\n';
    const preview = await world.preview(pasted(rows));
    expect(preview.hasHeader).toBe(false);
    expect(preview.columns).toEqual(['Column A', 'Column B', 'Column C', 'Column D']);
    expect(preview.mapping).toEqual({ score: 0, comment: 3, respondent: 2, role: null, date: 1 });
    expect(preview.rows.map((r) => [r.row, r.response?.respondent, r.response?.createdAt])).toEqual([
      [1, 'Kenji Sato', '2027-02-08T15:05:12.000Z'],
      [2, '', '2027-02-09T08:00:00.000Z'],
    ]);
  });
});
