import { describe, expect, it } from 'vitest';
import { emptyLifecycleSection, type FollowUp } from '../../../../shared/model/lifecycle';
import { person, validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { engagementFolder, readEngagementFolder } from '../../support/engagementFolder';
import { recordingDisk } from '../../support/recordingDisk';
import { useTempDir } from '../../support/tempDir';

const note = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

describe('lifecycle service (real files)', () => {
  const tempDir = useTempDir();

  it('starts empty, saves a patch and the notes in the engagement’s own file, and reads them back after a restart', async () => {
    const disk = recordingDisk();
    const first = openServices(tempDir(), { storageFs: disk.fs });
    const e = await first.call('engagements:create', validInput({ status: 'sourcing' }));
    expect(await first.call('lifecycle:get', { engagementId: e.id })).toEqual(emptyLifecycleSection());

    await first.call('lifecycle:update', {
      engagementId: e.id,
      patch: {
        fitVotes: [{ id: 'v1', reviewer: 'Sam', business: 2, technical: 1, teamFit: 0 }],
        redFlags: { nonOverlappingHours: false, timeZones: true, resistsTesting: false, smallTeam: false },
      },
    });
    const after = await first.call('lifecycle:update', { engagementId: e.id, patch: { mvpTargetDate: '2026-04-01' } });
    expect(after.fitVotes).toHaveLength(1);
    expect(after.redFlags.timeZones).toBe(true);
    expect(after.mvpTargetDate).toBe('2026-04-01');
    await first.call('lifecycle:saveNote', { engagementId: e.id, note: 'onePager', doc: note('Checkout is slow') });

    // One coalesced write of each record for the whole burst; the fit vote is its own record.
    await first.settle();
    const written = disk.writesUnder(engagementFolder(tempDir(), e.id));
    expect(written.filter((rel) => rel === 'lifecycle.json')).toHaveLength(1);
    expect(written.filter((rel) => rel === 'fit-check/v1.json')).toHaveLength(1);
    const onDisk = readEngagementFolder(tempDir(), e.id);
    expect(onDisk.lifecycle.onePager).toEqual(note('Checkout is slow'));

    const second = openServices(tempDir());
    const reopened = await second.call('lifecycle:get', { engagementId: e.id });
    expect(reopened.fitVotes[0]?.reviewer).toBe('Sam');
    expect(reopened.mvpTargetDate).toBe('2026-04-01');
    expect(reopened.onePager).toEqual(note('Checkout is slow'));
  });

  it('refuses invalid votes, unknown fields and unsafe notes, changing nothing', async () => {
    const h = openServices(tempDir());
    const e = await h.call('engagements:create', validInput());
    await h.fail(
      'lifecycle:update',
      { engagementId: e.id, patch: { fitVotes: [{ id: 'v', reviewer: 'A', business: 3, technical: 0, teamFit: 0 }] } },
      'invalid-payload',
    );
    await h.fail('lifecycle:update', { engagementId: e.id, patch: { surprise: true } }, 'invalid-payload');
    await h.fail('lifecycle:update', { engagementId: e.id, patch: { kickoffDate: '2026-02-30' } }, 'invalid-payload');
    const link = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    await h.fail('lifecycle:saveNote', { engagementId: e.id, note: 'introNotes', doc: link }, 'invalid-payload');
    const twice: FollowUp = { id: 'f', person: 'Kenji', role: '', cadence: 'monthly', lastContact: null, log: [] };
    await h.fail('lifecycle:update', { engagementId: e.id, patch: { followUps: [twice, twice] } }, 'invalid-payload');
    await h.fail('lifecycle:get', { engagementId: 'missing' }, 'not-found');
    expect(await h.call('lifecycle:get', { engagementId: e.id })).toEqual(emptyLifecycleSection());
  });

  it('promotes a sourcing candidate to planning, and only a candidate', async () => {
    const h = openServices(tempDir());
    const e = await h.call('engagements:create', validInput({ status: 'sourcing', name: 'Search' }));
    const promoted = await h.call('lifecycle:promote', { engagementId: e.id });
    expect(promoted.status).toBe('planning');
    expect(promoted.name).toBe('Search');
    expect((await h.call('engagements:list', {}))[0]?.status).toBe('planning');
    const error = await h.fail('lifecycle:promote', { engagementId: e.id }, 'invalid-payload');
    expect(error.message).toContain('still being sourced');
  });

  it('lists candidates with their votes and red flags, and the roster of every engagement', async () => {
    const h = openServices(tempDir());
    const a = await h.call('engagements:create', validInput({ status: 'sourcing', name: 'A' }));
    await h.call('engagements:create', validInput({ status: 'active', name: 'B' }));
    await h.call('lifecycle:update', {
      engagementId: a.id,
      patch: { fitVotes: [{ id: 'v', reviewer: 'Sam', business: 2, technical: 2, teamFit: 1 }] },
    });
    const candidates = await h.call('lifecycle:candidates', {});
    expect(candidates.map((c) => [c.name, c.fitVotes.length])).toEqual([['A', 1]]);
    expect((await h.call('lifecycle:roster', {})).map((e) => e.name).sort()).toEqual(['A', 'B']);
  });

  it('lists this week’s items across engagements for the given date', async () => {
    const h = openServices(tempDir());
    await h.call(
      'engagements:create',
      validInput({
        name: 'Ends today',
        status: 'wrapping-up',
        startDate: '2026-01-05',
        endDate: '2026-03-04',
        people: [person(), person({ id: 'p-9', name: 'Sam', email: 'sam@example.com', role: 'advisor' })],
      }),
    );
    const items = await h.call('home:week', { today: '2026-03-04' });
    expect(items.filter((i) => i.kind === 'check-in').map((i) => [i.title, i.group])).toEqual([
      ['Three-month check-in 4 Jun 2026', 'upcoming'],
    ]);
    await h.fail('home:week', { today: 'tomorrow' }, 'invalid-payload');
  });
});
