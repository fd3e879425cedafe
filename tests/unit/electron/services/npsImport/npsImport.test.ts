import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/tempDir';
import { useTimeZone } from '../../../support/timeZone';
import { file, googleFormsCsv, microsoftFormsCsv, openImportWorld, pasted } from './npsImportWorld';

const GOOGLE = googleFormsCsv([
  ['2027/02/08 4:14:03 PM GMT+1', 'kenji@example.com', '9', 'Pairing every day, even on "boring" tickets'],
  ['2027/02/08 5:02:40 PM GMT+1', 'ana@example.com', '10', 'Shipped early.\nWould ask again, gladly'],
  ['2027/02/09 9:30:00 AM GMT+1', 'someone@elsewhere.example', '6', ''],
]);

describe('importing a Google Forms export', () => {
  const tempDir = useTempDir();
  // The duplicate messages name the day an answer was given in the user's zone: pinned, so the
  // expected days hold on any machine (the fake-clock run is at UTC+14).
  useTimeZone('Europe/London');

  it('guesses the columns, reads every row, and stores nothing until asked', async () => {
    const world = await openImportWorld(tempDir());
    const preview = await world.preview(file(GOOGLE));
    expect(preview.source).toBe('google-forms');
    expect(preview.hasHeader).toBe(true);
    expect(preview.columns).toEqual([
      'Timestamp',
      'Email address',
      'How likely are you to recommend Aux Eng?',
      'Why did you give that score?',
    ]);
    expect(preview.mapping).toEqual({ score: 2, comment: 3, respondent: 1, role: null, date: 0 });
    // Google writes the year first: no day/month order to ask about.
    expect(preview.dateOrderUsed).toBe(false);
    expect(preview.counts).toEqual({ ready: 3, duplicate: 0, error: 0 });
    expect(preview.rows.map((r) => [r.row, r.status, r.response])).toEqual([
      [
        2,
        'ready',
        {
          respondent: 'Kenji Sato',
          role: 'engineer',
          score: 9,
          comment: 'Pairing every day, even on "boring" tickets',
          createdAt: '2027-02-08T15:14:03.000Z',
        },
      ],
      [
        3,
        'ready',
        {
          respondent: 'Ana Lima',
          role: 'product',
          score: 10,
          comment: 'Shipped early.\nWould ask again, gladly',
          createdAt: '2027-02-08T16:02:40.000Z',
        },
      ],
      [
        4,
        'ready',
        {
          respondent: 'someone@elsewhere.example',
          role: 'other',
          score: 6,
          comment: '',
          createdAt: '2027-02-09T08:30:00.000Z',
        },
      ],
    ]);
    expect(await world.responses()).toEqual([]);
  });

  it('imports the ready rows in one go, and the same file again is all duplicates', async () => {
    const world = await openImportWorld(tempDir());
    const { imported } = await world.importAll(file(GOOGLE));
    expect(imported.map((r) => [r.respondent, r.score, r.createdAt])).toEqual([
      ['Kenji Sato', 9, '2027-02-08T15:14:03.000Z'],
      ['Ana Lima', 10, '2027-02-08T16:02:40.000Z'],
      ['someone@elsewhere.example', 6, '2027-02-09T08:30:00.000Z'],
    ]);
    expect(await world.responses()).toEqual(imported);
    // A later export holds the same answers and one more.
    const later = googleFormsCsv([
      ['2027/02/08 4:14:03 PM GMT+1', 'kenji@example.com', '9', 'Pairing every day, even on "boring" tickets'],
      ['2027/02/08 5:02:40 PM GMT+1', 'ana@example.com', '10', 'Shipped early.\nWould ask again, gladly'],
      ['2027/02/09 9:30:00 AM GMT+1', 'someone@elsewhere.example', '6', ''],
      ['2027/02/10 11:00:00 AM GMT+1', '', '8', 'Good'],
    ]);
    const again = await world.preview(file(later));
    expect(again.counts).toEqual({ ready: 1, duplicate: 3, error: 0 });
    expect(again.rows[0]?.message).toBe('Already recorded: Kenji Sato, 9 on 8 Feb 2027.');
    await world.importAll(file(later));
    expect((await world.responses()).map((r) => r.score)).toEqual([9, 10, 6, 8]);
  });

  it('refuses an import whose preview no longer holds, and Undo removes what an import added', async () => {
    const world = await openImportWorld(tempDir());
    const engagementId = world.engagement.id;
    const preview = await world.preview(file(GOOGLE));
    const options = {
      mapping: preview.mapping,
      hasHeader: true,
      dateOrder: preview.dateOrder,
      defaultRole: 'other' as const,
    };
    const stale = await world.fail(
      'npsImport:run',
      { engagementId, source: file(GOOGLE), options, expected: 2 },
      'invalid-payload',
    );
    expect(stale.message).toBe(
      'The preview showed 2 responses to import; the file now gives 3. Nothing was imported: check the preview again.',
    );
    expect(await world.responses()).toEqual([]);
    const { imported } = await world.call('npsImport:run', {
      engagementId,
      source: file(GOOGLE),
      options,
      expected: 3,
    });
    await world.call('nps:add', { engagementId, input: { respondent: '', role: 'other', score: 7, comment: 'typed' } });
    const undone = await world.call('npsImport:undo', { engagementId, responseIds: imported.map((r) => r.id) });
    expect(undone).toEqual({ removed: 3 });
    expect((await world.responses()).map((r) => r.comment)).toEqual(['typed']);
  });

  it('detects an answer typed in by hand before, and the same answer twice in the file', async () => {
    const world = await openImportWorld(tempDir());
    const engagementId = world.engagement.id;
    await world.call('nps:add', {
      engagementId,
      input: {
        respondent: 'Kenji Sato',
        role: 'engineer',
        score: 9,
        comment: 'Pairing every day, even on "boring" tickets',
      },
    });
    const twice = googleFormsCsv([
      ['2027/02/08 4:14:03 PM GMT+1', 'kenji@example.com', '9', 'Pairing every day, even on "boring" tickets'],
      ['2027/02/09 9:30:00 AM GMT+1', '', '6', ''],
      ['2027/02/09 9:30:00 AM GMT+1', '', '6', ''],
      ['2027/02/09 9:31:00 AM GMT+1', '', '6', ''],
    ]);
    const preview = await world.preview(pasted(twice));
    expect(preview.rows.map((r) => [r.row, r.status, r.message])).toEqual([
      [2, 'duplicate', 'Already recorded: Kenji Sato, 9 on 11 Feb 2027.'],
      [3, 'ready', ''],
      [4, 'duplicate', 'The same answer as row 3.'],
      // Anonymous and a minute later: another person's answer.
      [5, 'ready', ''],
    ]);
  });
});

describe('importing a Microsoft Forms export (Excel’s CSV UTF-8, local times)', () => {
  const tempDir = useTempDir();
  useTimeZone('Europe/Berlin');

  it('reads past the byte order mark, takes the completion time, and keeps anonymous answers anonymous', async () => {
    const world = await openImportWorld(tempDir());
    const csv = microsoftFormsCsv([
      ['1', '13/02/2027 10:01', '13/02/2027 10:03', 'anonymous', 'anonymous', '10', 'Great "pairing", great tests'],
      [
        '2',
        '01/02/2027 16:20',
        '01/02/2027 16:22',
        'anonymous',
        'anonymous',
        '3',
        'Too many meetings;\nnot enough code',
      ],
    ]);
    // The first answer is dated after "now" (11 Feb): refused, so the order guess is what is tested.
    const preview = await world.preview(file(csv, 'NPS(1-2).csv'));
    expect(preview.source).toBe('microsoft-forms');
    expect(preview.columns[0]).toBe('ID');
    expect(preview.mapping).toEqual({ score: 5, comment: 6, respondent: 3, role: null, date: 2 });
    expect(preview.dateOrder).toBe('dmy');
    expect([preview.dateOrderUsed, preview.dateOrderAmbiguous]).toEqual([true, false]);
    expect(preview.rows.map((r) => [r.status, r.message])).toEqual([
      ['error', '13 Feb 2027 in “Completion time” is in the future.'],
      ['ready', ''],
    ]);
    expect(preview.rows[1]?.response).toEqual({
      respondent: '',
      role: 'other',
      score: 3,
      comment: 'Too many meetings;\nnot enough code',
      createdAt: '2027-02-01T15:22:00.000Z',
    });
  });

  it('reads semicolon-separated exports with dotted dates (German Excel), and the role chosen for the rest', async () => {
    const world = await openImportWorld(tempDir());
    const csv = microsoftFormsCsv(
      [
        ['1', '08.02.2027 09:00', '08.02.2027 09:04', 'kenji@example.com', 'Kenji Sato', '8', 'Gut, aber: mehr Tests'],
        ['2', '09.02.2027 09:00', '09.02.2027 09:04', 'max@example.com', 'Max Muster', '9', ''],
      ],
      ';',
    );
    const preview = await world.preview(file(csv), { defaultRole: 'product' });
    expect(preview.mapping.respondent).toBe(4);
    expect(preview.rows.map((r) => [r.response?.respondent, r.response?.role, r.response?.createdAt])).toEqual([
      ['Kenji Sato', 'engineer', '2027-02-08T08:04:00.000Z'],
      ['Max Muster', 'product', '2027-02-09T08:04:00.000Z'],
    ]);
  });

  it('asks for the date order when no day is over 12, and reads the dates the way the user says', async () => {
    const world = await openImportWorld(tempDir());
    const csv = microsoftFormsCsv([['1', '2/8/2027 16:05', '2/8/2027 16:07', 'anonymous', 'anonymous', '9', '']]);
    const guessed = await world.preview(file(csv));
    expect([guessed.dateOrder, guessed.dateOrderAmbiguous]).toEqual(['mdy', true]);
    expect(guessed.rows[0]?.response?.createdAt).toBe('2027-02-08T15:07:00.000Z');
    const dayFirst = await world.preview(file(csv), { dateOrder: 'dmy' });
    // Read day first it is 2 August: after the day of the export, so the user sees the order is wrong.
    expect(dayFirst.rows[0]?.message).toBe('2 Aug 2027 in “Completion time” is in the future.');
  });
});
