import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../shared/channels';
import { AppError } from '../../../../electron/services/errors';
import { createRouter, type Handlers } from '../../../../electron/services/router';
import { validInput } from '../../support/fixtures';
import { errorOf, openServices, recordingPlatform, valueOf } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { expectNothingStored } from './routerWorld';

describe('the router, through createMainServices', () => {
  const tempDir = useTempDir();

  describe('unknown channels', () => {
    it.each(['engagements:drop', 'ENGAGEMENTS:LIST', '', 'toString', '__proto__', 'menu', 42, null, undefined, {}])(
      "refuses %j with 'unknown-channel'",
      async (channel) => {
        const { fail } = openServices(tempDir());
        const error = await fail(channel, {}, 'unknown-channel');
        expect(error.message).toMatch(/Unknown channel/);
      },
    );
  });

  it('hands handlers the parsed payload (trimmed), not the raw one', async () => {
    const { call } = openServices(tempDir());
    const created = await call('engagements:create', validInput({ name: '  Spaced out  ', hostTeam: ' Payments ' }));
    expect(created.name).toBe('Spaced out');
    expect(created.hostTeam).toBe('Payments');
  });

  describe("'app:openExternal' is gone", () => {
    it.each([
      'https://example.com/docs',
      'mailto:ada@example.com?bcc=eve@example.com',
      'mailto:ada@example.com?attach=/etc/passwd',
    ])("answers %j with 'unknown-channel' and never calls the platform", async (url) => {
      const { platform, fail } = openServices(tempDir());
      await fail('app:openExternal', { url }, 'unknown-channel');
      expect(platform.externals).toEqual([]);
    });
  });

  describe('unexpected errors', () => {
    it("turns a handler that throws into 'internal' and logs it", async () => {
      const platform = recordingPlatform({ openPath: () => Promise.reject(new Error('No application to open it')) });
      const { logs, fail } = openServices(tempDir(), { platform });
      const error = await fail('app:openDataFolder', {}, 'internal');
      expect(error.message).toMatch(/app:openDataFolder/);
      expect(error.message).toMatch(/No application to open it/);
      expect(error.fieldErrors).toBeUndefined();
      expect(logs).toHaveLength(1);
      expect(logs[0]?.message).toMatch(/app:openDataFolder/);
      expect(platform.paths).toEqual([tempDir()]);
    });
  });

  describe("'not-found'", () => {
    it('answers for ids that do not exist', async () => {
      const { fail } = openServices(tempDir());
      await fail('engagements:get', { id: 'nope' }, 'not-found');
      await fail('engagements:update', { id: 'nope', input: validInput() }, 'not-found');
      await fail('engagements:delete', { id: 'nope' }, 'not-found');
      await fail('engagements:restore', { id: 'nope' }, 'not-found');
    });

    it('answers for an engagement that was deleted', async () => {
      const { call, fail } = openServices(tempDir());
      const { id } = await call('engagements:create', validInput());
      await call('engagements:delete', { id });
      await fail('engagements:get', { id }, 'not-found');
      await fail('engagements:update', { id, input: validInput() }, 'not-found');
      await fail('engagements:delete', { id }, 'not-found');
    });

    it('does not create a file when updating an unknown id', async () => {
      const { services, fail } = openServices(tempDir());
      await fail('engagements:update', { id: 'ghost', input: validInput() }, 'not-found');
      services.flush();
      expectNothingStored(tempDir());
    });
  });

  it('answers the start-up report and settings', async () => {
    const { call } = openServices(tempDir());
    expect(await call('app:startupReport', {})).toEqual({ dataDir: tempDir(), problems: [] });
    expect((await call('settings:get', {})).engagementWeeks).toBe(10);
  });
});

describe('createRouter', () => {
  function handlers(overrides: Partial<Handlers>): Handlers {
    const unused = () => {
      throw new Error('not used in this test');
    };
    const all = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, unused])) as unknown as Handlers;
    return { ...all, ...overrides };
  }

  it('passes an AppError’s code and message through, without logging', async () => {
    const logged: string[] = [];
    const dispatch = createRouter(
      handlers({
        'settings:get': () => {
          throw new AppError('storage', 'The settings file is read-only.');
        },
      }),
      (message) => logged.push(message),
    );
    expect(errorOf(await dispatch('settings:get', {}))).toEqual({
      code: 'storage',
      message: 'The settings file is read-only.',
    });
    expect(logged).toEqual([]);
  });

  it("reports a thrown non-Error as 'internal'", async () => {
    const logged: unknown[] = [];
    const dispatch = createRouter(
      handlers({
        'engagements:list': () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test
          throw 'a bare string';
        },
      }),
      (_message, error) => logged.push(error),
    );
    const error = errorOf(await dispatch('engagements:list', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/a bare string/);
    expect(logged).toEqual(['a bare string']);
  });

  it('awaits async handlers, including rejections', async () => {
    const dispatch = createRouter(
      handlers({
        'engagements:list': () => Promise.resolve([]),
        'settings:get': () => Promise.reject(new TypeError('boom')),
      }),
      () => undefined,
    );
    expect(valueOf(await dispatch('engagements:list', {}))).toEqual([]);
    expect(errorOf(await dispatch('settings:get', {})).code).toBe('internal');
  });

  it('never calls a handler for an invalid payload or an unknown channel', async () => {
    let calls = 0;
    const dispatch = createRouter(
      handlers({
        'engagements:create': () => {
          calls += 1;
          throw new Error('should not run');
        },
      }),
      () => undefined,
    );
    expect(errorOf(await dispatch('engagements:create', {})).code).toBe('invalid-payload');
    expect(errorOf(await dispatch('engagements:create!', validInput())).code).toBe('unknown-channel');
    expect(calls).toBe(0);
  });
});
