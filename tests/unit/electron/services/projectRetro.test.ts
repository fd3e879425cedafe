import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDisplayDate, localDateOf } from '../../../../shared/dates';
import type { Engagement } from '../../../../shared/model/engagement';
import { RECORD_FILE_VERSION } from '../../../../shared/model/records/recordSchemas';
import { emptyProjectSection, type MilestoneInput, type NpsInput } from '../../../../shared/model/projectRetro';
import { validInput } from '../../support/fixtures';
import { doc, line } from '../../support/notes';
import { openServices, recordingPlatform, testClock, type Harness, type HarnessOptions } from '../../support/services';
import { readEngagementFolder, recordFile } from '../../support/engagementFolder';
import { readJson, useTempDir, writeJson } from '../../support/tempDir';

const kickOff: MilestoneInput = {
  date: '2026-03-03',
  title: 'Kick-off',
  kind: 'kick-off',
  note: 'Testing framework agreed',
};
const nps = (score: number, role: NpsInput['role'] = 'engineer'): NpsInput => ({
  respondent: '',
  role,
  score,
  comment: '',
});

describe('project retro in main (real files, through IPC dispatch)', () => {
  const tempDir = useTempDir();
  const engagementPath = (id: string) => path.join(tempDir(), 'engagements', `${id}.json`);
  const onDisk = (id: string) => readEngagementFolder(tempDir(), id).project;

  async function withEngagement(options: HarnessOptions = {}): Promise<Harness & { engagement: Engagement }> {
    const harness = openServices(tempDir(), options);
    const engagement = await harness.call('engagements:create', validInput());
    await harness.settle();
    return { ...harness, engagement };
  }

  it('starts a new engagement with an empty project section, written in the current format', async () => {
    const { call, engagement } = await withEngagement();
    expect(await call('project:get', { engagementId: engagement.id })).toEqual(emptyProjectSection());
    expect(readEngagementFolder(tempDir(), engagement.id).project).toEqual(emptyProjectSection());
    expect(readJson(recordFile(tempDir(), engagement.id, 'project-retro.json'))).toMatchObject({
      schemaVersion: RECORD_FILE_VERSION,
      kind: 'project-retro',
    });
  });

  describe('milestones', () => {
    it('are created, edited and written to the engagement file on flush', async () => {
      const { services, call, engagement } = await withEngagement({ clock: testClock('2026-03-03T10:00:00.000Z') });
      const created = await call('milestones:save', { engagementId: engagement.id, milestoneId: null, input: kickOff });
      expect(created).toEqual({ ...kickOff, id: expect.any(String) as string, createdAt: '2026-03-03T10:00:00.000Z' });
      const edited = await call('milestones:save', {
        engagementId: engagement.id,
        milestoneId: created.id,
        input: { ...kickOff, date: '2026-03-04', note: '' },
      });
      expect(edited).toEqual({ ...created, date: '2026-03-04', note: '' });
      expect(onDisk(engagement.id).milestones).toEqual([]);
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(onDisk(engagement.id).milestones).toEqual([edited]);
    });

    it('delete returns the milestone and its place; restore puts it back there, once', async () => {
      const { call, engagement } = await withEngagement();
      const ids: string[] = [];
      for (const title of ['A', 'B', 'C']) {
        ids.push(
          (
            await call('milestones:save', {
              engagementId: engagement.id,
              milestoneId: null,
              input: { ...kickOff, kind: 'custom', title },
            })
          ).id,
        );
      }
      const removed = await call('milestones:delete', { engagementId: engagement.id, milestoneId: ids[1] ?? '' });
      expect(removed.index).toBe(1);
      expect((await call('project:get', { engagementId: engagement.id })).milestones.map((m) => m.title)).toEqual([
        'A',
        'C',
      ]);
      await call('milestones:restore', { engagementId: engagement.id, ...removed });
      await call('milestones:restore', { engagementId: engagement.id, ...removed });
      expect((await call('project:get', { engagementId: engagement.id })).milestones.map((m) => m.title)).toEqual([
        'A',
        'B',
        'C',
      ]);
    });

    it('refuses to edit or delete one that does not exist', async () => {
      const { fail, engagement } = await withEngagement();
      await fail('milestones:save', { engagementId: engagement.id, milestoneId: 'nope', input: kickOff }, 'not-found');
      await fail('milestones:delete', { engagementId: engagement.id, milestoneId: 'nope' }, 'not-found');
    });
  });

  it('saves the MVP target, the retro date, attendees and notes', async () => {
    const { services, call, engagement } = await withEngagement({ clock: testClock('2026-05-07T15:00:00.000Z') });
    const attendees = [{ personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' }];
    await call('project:update', { engagementId: engagement.id, patch: { mvpTargetDate: '2026-03-20' } });
    await call('project:update', { engagementId: engagement.id, patch: { date: '2026-05-07', attendees } });
    const { updatedAt } = await call('project:saveNote', {
      engagementId: engagement.id,
      section: 'takeaways',
      doc: doc(line('Ship early')),
    });
    expect(updatedAt).toBe('2026-05-07T15:00:00.000Z');
    expect(await services.flushAndWait(10_000)).toEqual([]);
    const stored = onDisk(engagement.id);
    expect(stored.mvpTargetDate).toBe('2026-03-20');
    expect(stored.retro).toMatchObject({ date: '2026-05-07', attendees, updatedAt });
    expect(stored.retro.notes.takeaways).toEqual(doc(line('Ship early')));
    expect(stored.retro.notes.wentWell).toEqual(emptyProjectSection().retro.notes.wentWell);
    // Clearing the MVP target leaves the rest alone.
    await call('project:update', { engagementId: engagement.id, patch: { mvpTargetDate: null } });
    expect(await call('project:get', { engagementId: engagement.id })).toMatchObject({
      mvpTargetDate: null,
      retro: { date: '2026-05-07' },
    });
  });

  describe('NPS responses', () => {
    it('are recorded, deleted with their place and restored', async () => {
      const { services, call, engagement } = await withEngagement();
      const first = await call('nps:add', {
        engagementId: engagement.id,
        input: { respondent: 'Kenji', role: 'engineer', score: 10, comment: 'Great' },
      });
      await call('nps:add', { engagementId: engagement.id, input: nps(3, 'product') });
      const removed = await call('nps:delete', { engagementId: engagement.id, responseId: first.id });
      expect(removed).toEqual({ response: first, index: 0 });
      await call('nps:restore', { engagementId: engagement.id, ...removed });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(onDisk(engagement.id).nps.map((r) => [r.respondent, r.score])).toEqual([
        ['Kenji', 10],
        ['', 3],
      ]);
    });

    it('computes the NPS of every engagement, oldest end date first', async () => {
      const { call } = openServices(tempDir());
      const later = await call(
        'engagements:create',
        validInput({ name: 'Later', startDate: '2026-06-01', endDate: '2026-08-10' }),
      );
      const earlier = await call(
        'engagements:create',
        validInput({ name: 'Earlier', startDate: '2026-01-05', endDate: '2026-03-13' }),
      );
      await call(
        'engagements:create',
        validInput({ name: 'No survey yet', startDate: '2026-09-01', endDate: '2026-11-09' }),
      );
      for (const score of [10, 9, 9, 8, 7, 6, 5, 10, 3, 9])
        await call('nps:add', { engagementId: earlier.id, input: nps(score) });
      for (const score of [10, 2]) await call('nps:add', { engagementId: later.id, input: nps(score) });
      expect(await call('nps:overTime', {})).toEqual([
        {
          engagementId: earlier.id,
          name: 'Earlier',
          date: '2026-03-13',
          count: 10,
          promoters: 5,
          passives: 2,
          detractors: 3,
          nps: 20,
        },
        {
          engagementId: later.id,
          name: 'Later',
          date: '2026-08-10',
          count: 2,
          promoters: 1,
          passives: 0,
          detractors: 1,
          nps: 0,
        },
        {
          engagementId: expect.any(String) as string,
          name: 'No survey yet',
          date: '2026-11-09',
          count: 0,
          promoters: 0,
          passives: 0,
          detractors: 0,
          nps: null,
        },
      ]);
    });

    it.each([
      ['a score above 10', { respondent: '', role: 'engineer', score: 11, comment: '' }],
      ['a fractional score', { respondent: '', role: 'engineer', score: 7.5, comment: '' }],
      ['a score as text', { respondent: '', role: 'engineer', score: '9', comment: '' }],
      ['an unknown role', { respondent: '', role: 'ceo', score: 9, comment: '' }],
      ['a respondent with a line break', { respondent: 'a\nBcc: x@example.com', role: 'other', score: 9, comment: '' }],
      ['an extra key', { respondent: '', role: 'other', score: 9, comment: '', weight: 2 }],
    ])('refuses %s and changes nothing', async (_label, input) => {
      const { services, fail, engagement } = await withEngagement();
      await fail('nps:add', { engagementId: engagement.id, input }, 'invalid-payload');
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(onDisk(engagement.id).nps).toEqual([]);
    });
  });

  it.each([
    [
      'a milestone on an impossible date',
      'milestones:save',
      { milestoneId: null, input: { ...kickOff, date: '2026-02-30' } },
    ],
    ['a milestone of an unknown kind', 'milestones:save', { milestoneId: null, input: { ...kickOff, kind: 'party' } }],
    ['a milestone without a title', 'milestones:save', { milestoneId: null, input: { ...kickOff, title: '  ' } }],
    ['a note section that does not exist', 'project:saveNote', { section: 'notes', doc: doc(line('x')) }],
    [
      'a note with a javascript: link',
      'project:saveNote',
      {
        section: 'takeaways',
        doc: doc({
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        }),
      },
    ],
    ['an export in an unknown format', 'project:export', { format: 'pdf' }],
    ['a patch with an unknown field', 'project:update', { patch: { nps: [] } }],
  ])('refuses %s', async (_label, channel, payload) => {
    const { services, fail, engagement } = await withEngagement();
    await fail(channel, { engagementId: engagement.id, ...payload }, 'invalid-payload');
    expect(await services.flushAndWait(10_000)).toEqual([]);
    expect(onDisk(engagement.id)).toEqual(emptyProjectSection());
  });

  describe('export', () => {
    it('renders the project retro and hands it to the save dialog, as HTML or Markdown', async () => {
      const platform = recordingPlatform();
      const { call, engagement } = await withEngagement({ platform, clock: testClock('2026-05-08T09:00:00.000Z') });
      await call('project:saveNote', {
        engagementId: engagement.id,
        section: 'takeaways',
        doc: doc(line('Pair from day one')),
      });
      await call('nps:add', { engagementId: engagement.id, input: nps(10) });

      expect(await call('project:export', { engagementId: engagement.id, format: 'html' })).toEqual({
        path: '/exports/payments-platform-project-retro.html',
      });
      expect(await call('project:export', { engagementId: engagement.id, format: 'markdown' })).toEqual({
        path: '/exports/payments-platform-project-retro.md',
      });
      const [html, md] = platform.saved;
      expect(html?.filters).toEqual([{ name: 'Web page', extensions: ['html'] }]);
      expect(html?.contents).toContain('<h1>Project retro: Payments platform</h1>');
      expect(html?.contents).toContain('Pair from day one');
      expect(md?.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
      expect(md?.contents).toContain('## Key takeaways\n\nPair from day one');
      expect(md?.contents).toContain('**NPS +100** from 1 response');
      // The user's local date at that instant (7 May west of UTC−9, 8 May elsewhere): see localDates.test.ts.
      expect(md?.contents).toContain(
        `_Exported from Aux Desk on ${formatDisplayDate(localDateOf(new Date('2026-05-08T09:00:00.000Z')))}._`,
      );
    });

    it('answers null when the user cancels the dialog', async () => {
      const platform = recordingPlatform({ saveFile: () => Promise.resolve(null) });
      const { call, engagement } = await withEngagement({ platform });
      expect(await call('project:export', { engagementId: engagement.id, format: 'html' })).toEqual({ path: null });
    });

    it('reports a failed write as an error, in words', async () => {
      const platform = recordingPlatform({ saveFile: () => Promise.reject(new Error('EACCES: permission denied')) });
      const { fail, engagement } = await withEngagement({ platform });
      const error = await fail('project:export', { engagementId: engagement.id, format: 'html' }, 'internal');
      expect(error.message).toContain('EACCES: permission denied');
    });
  });

  it('migrates a file from before the project retro (version 5) on open: project section empty, retros kept, a .v5.bak.json copy kept', async () => {
    const { call, services, engagement } = await withEngagement();
    await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
    expect(await services.flushAndWait(10_000)).toEqual([]);
    // The file as version 5 wrote it: no project section, nor the lifecycle (version 8). A
    // "version 5" file holding a lifecycle is mislabelled, and refused (migrationSafety.test.ts).
    const v5: Record<string, unknown> = Object.fromEntries(
      Object.entries(services.engagements.getDoc(engagement.id)).filter(
        ([key]) => key !== 'project' && key !== 'lifecycle',
      ),
    );
    v5['schemaVersion'] = 5;
    await services.engagements.delete(engagement.id);
    writeJson(engagementPath(engagement.id), v5);
    const original = fs.readFileSync(engagementPath(engagement.id), 'utf8');

    const reopened = openServices(tempDir());
    expect(reopened.services.problems).toEqual([]);
    expect(await reopened.call('project:get', { engagementId: engagement.id })).toEqual(emptyProjectSection());
    expect((await reopened.call('retros:list', { engagementId: engagement.id })).retros).toHaveLength(1);
    expect(readEngagementFolder(tempDir(), engagement.id).project).toEqual(emptyProjectSection());
    expect(fs.existsSync(engagementPath(engagement.id))).toBe(false);
    expect(fs.readFileSync(path.join(tempDir(), 'engagements', `${engagement.id}.v5.bak.json`), 'utf8')).toBe(original);
  });
});
