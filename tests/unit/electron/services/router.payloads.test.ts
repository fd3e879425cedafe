import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INVOKE_CHANNELS } from '../../../../shared/channels';
import { contract } from '../../../../shared/ipc';
import { person, validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { folderBytes } from '../../support/engagementFolder';
import { useTempDir } from '../../support/tempDir';
import { expectNothingStored } from './routerWorld';

describe('the router, through createMainServices', () => {
  const tempDir = useTempDir();

  describe('invalid payloads are refused before any handler runs', () => {
    const cases: [string, unknown, string[]][] = [
      ['missing fields', { name: 'Only a name' }, ['hostTeam', 'homeTeam', 'people', 'startDate', 'endDate', 'status']],
      ['wrong types', { ...validInput(), name: 42, people: {}, startDate: 20260302 }, ['name', 'people', 'startDate']],
      ['extra keys', { ...validInput(), id: 'mine', createdAt: '2020-01-01T00:00:00.000Z' }, ['_']],
      ['an empty name', validInput({ name: '   ' }), ['name']],
      ['an end before the start', validInput({ startDate: '2026-05-01', endDate: '2026-04-30' }), ['endDate']],
      ['a bad email', validInput({ people: [person({ email: 'ada-at-example.com' })] }), ['people.0.email']],
      [
        'a header injection in an email',
        validInput({ people: [person({ email: 'a@b.com\r\nBcc: x@y.z' })] }),
        ['people.0.email'],
      ],
      ['a line break in a name', validInput({ hostTeam: 'Payments\r\nBcc: x@y.z' }), ['hostTeam']],
      ['null', null, ['_']],
      ['a string', 'engagement', ['_']],
      ['a number', 7, ['_']],
      ['an array', [validInput()], ['_']],
      ['undefined', undefined, ['_']],
      ['a huge name', validInput({ name: 'x'.repeat(1_000_000) }), ['name']],
      [
        'a huge people list',
        validInput({ people: Array.from({ length: 5000 }, (_, i) => person({ id: `p${i}`, email: '' })) }),
        ['people'],
      ],
    ];

    it.each(cases)(
      "refuses %s on create with 'invalid-payload' and writes nothing",
      async (_label, payload, fields) => {
        const { services, fail } = openServices(tempDir());
        const error = await fail('engagements:create', payload, 'invalid-payload');
        expect(error.message).toBe('Some fields need attention.');
        expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(fields));
        for (const message of Object.values(error.fieldErrors ?? {})) expect(message).not.toBe('');
        expect(await services.flushAndWait(10_000)).toEqual([]);
        expectNothingStored(tempDir());
        expect(await openServices(tempDir()).call('engagements:list', {})).toEqual([]);
      },
    );

    it('refuses a payload with an own __proto__ key', async () => {
      const { services, fail } = openServices(tempDir());
      const payload: unknown = JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(validInput()).slice(1)}`);
      await fail('engagements:create', payload, 'invalid-payload');
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expectNothingStored(tempDir());
    });

    it('refuses an invalid update and leaves the stored engagement exactly as it was', async () => {
      const { services, call, fail } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const before = folderBytes(tempDir(), created.id);

      const bad = [
        { id: created.id, input: validInput({ name: '' }) },
        { id: created.id, input: validInput({ people: [person({ email: 'x@y.z\nBcc: all@corp.com' })] }) },
        { id: created.id, input: { ...validInput(), extra: true } },
        { id: created.id },
        { id: '../settings', input: validInput() },
        { id: created.id, input: validInput(), extra: 1 },
      ];
      for (const payload of bad) await fail('engagements:update', payload, 'invalid-payload');

      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(folderBytes(tempDir(), created.id)).toEqual(before);
      expect(await call('engagements:get', { id: created.id })).toEqual(created);
    });

    it('names the field of a nested error in an update', async () => {
      const { call, fail } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      const error = await fail(
        'engagements:update',
        { id: created.id, input: validInput({ startDate: '2026-06-01', endDate: '2026-05-01' }) },
        'invalid-payload',
      );
      expect(error.fieldErrors).toEqual({ 'input.endDate': 'The end date must be on or after the start date.' });
    });

    it('refuses ids that are not safe file names on every by-id channel', async () => {
      const { fail } = openServices(tempDir());
      for (const channel of ['engagements:get', 'engagements:delete', 'engagements:restore'] as const) {
        for (const id of ['../settings', 'a/b', '..', '', 'x'.repeat(65), 42]) {
          const error = await fail(channel, { id }, 'invalid-payload');
          expect(Object.keys(error.fieldErrors ?? {})).toEqual(['id']);
        }
      }
    });

    it('refuses extra keys and non-objects on channels that take no arguments', async () => {
      const { fail } = openServices(tempDir());
      for (const channel of ['app:startupReport', 'settings:get', 'engagements:list', 'app:openDataFolder'] as const) {
        await fail(channel, { unexpected: true }, 'invalid-payload');
        await fail(channel, null, 'invalid-payload');
        await fail(channel, 'x', 'invalid-payload');
      }
    });

    describe('only plain data gets in (issue 12)', () => {
      // Structured clone (Electron's IPC) carries these as they are; zod took any of them for `{}`.
      const notPlain: [string, () => unknown][] = [
        ['a Map', () => new Map([['a', 1]])],
        ['a Set', () => new Set([1])],
        ['a Date', () => new Date(0)],
        ['a RegExp', () => /x/g],
        ['a Uint8Array', () => new Uint8Array(4)],
        ['a Float64Array', () => new Float64Array(2)],
        ['an ArrayBuffer', () => new ArrayBuffer(8)],
        ['a DataView', () => new DataView(new ArrayBuffer(8))],
        ['an Error', () => new Error('x')],
        ['a Boolean', () => new Boolean(true)],
        ['a String', () => new String('x')],
      ];
      const emptyChannels = INVOKE_CHANNELS.filter((c) => {
        const request: z.ZodType = contract[c].request;
        return request instanceof z.ZodObject && Object.keys(request.shape).length === 0;
      });

      it('knows the channels that take no input', () => {
        expect(emptyChannels).toEqual(
          expect.arrayContaining([
            'app:startupReport',
            'settings:get',
            'engagements:list',
            'outbox:list',
            'lifecycle:roster',
          ]),
        );
      });

      it.each(notPlain)('refuses %s on every channel that takes no input, naming what it got', async (what, make) => {
        const { services, platform, fail } = openServices(tempDir());
        for (const channel of emptyChannels) {
          const error = await fail(channel, make(), 'invalid-payload');
          expect(error.fieldErrors).toEqual({
            _: `Expected plain data (an object, a list, text, a number or true/false), not ${what}.`,
          });
        }
        expect(await services.flushAndWait(10_000)).toEqual([]);
        expectNothingStored(tempDir());
        expect(platform.externals).toEqual([]);
      });

      it('accepts a plain object, with or without a prototype', async () => {
        const { call } = openServices(tempDir());
        expect(await call('engagements:list', Object.create(null) as Record<string, never>)).toEqual([]);
        expect(await call('engagements:list', {})).toEqual([]);
      });

      it.each(notPlain)(
        'refuses %s as a patch whose fields are all optional, and writes nothing',
        async (_what, make) => {
          const { services, call, fail } = openServices(tempDir());
          const created = await call('engagements:create', validInput());
          expect(await services.flushAndWait(10_000)).toEqual([]);
          const before = folderBytes(tempDir(), created.id);
          const error = await fail('lifecycle:update', { engagementId: created.id, patch: make() }, 'invalid-payload');
          expect(Object.keys(error.fieldErrors ?? {})).toEqual(['patch']);
          expect(await services.flushAndWait(10_000)).toEqual([]);
          expect(folderBytes(tempDir(), created.id)).toEqual(before);
        },
      );

      it('refuses a BigInt, a symbol, a function and a cycle anywhere, with the path to it', async () => {
        const { fail } = openServices(tempDir());
        const cycle: Record<string, unknown> = {};
        cycle['again'] = { cycle };
        const cases: [unknown, Record<string, string>][] = [
          [{ id: 1n }, { id: 'Expected plain data (an object, a list, text, a number or true/false), not a bigint.' }],
          [
            { id: Symbol('x') },
            { id: 'Expected plain data (an object, a list, text, a number or true/false), not a symbol.' },
          ],
          [
            { id: () => 'x' },
            { id: 'Expected plain data (an object, a list, text, a number or true/false), not a function.' },
          ],
          [{ id: 'x', loop: cycle }, { 'loop.again.cycle': 'The request refers to itself (a cycle).' }],
          [
            { id: ['a', new Map()] },
            { 'id.1': 'Expected plain data (an object, a list, text, a number or true/false), not a Map.' },
          ],
        ];
        for (const [payload, fieldErrors] of cases)
          expect((await fail('engagements:get', payload, 'invalid-payload')).fieldErrors).toEqual(fieldErrors);
      });

      it('takes the same object twice (not a cycle), and a payload nested 100,000 deep without overflowing', async () => {
        const { services, call } = openServices(tempDir());
        const engagement = await call('engagements:create', validInput());
        const day = { kind: 'pairing' as const, hours: 8, note: '', partnerIds: [], topic: '' };
        const week = await call('planner:saveWeek', {
          scope: { kind: 'engagement', id: engagement.id },
          week: '2026-W11',
          plan: { days: { mon: day, tue: day } },
        });
        expect(week.days.tue).toEqual(day);
        let deep: unknown = {};
        for (let i = 0; i < 100_000; i++) deep = { a: deep };
        const result = await services.dispatch('engagements:list', deep);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      });
    });
  });
});
