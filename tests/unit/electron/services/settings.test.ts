import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE_VERSION, SettingsFileSchema } from '../../../../shared/model/files';
import { DEFAULT_SETTINGS, type WindowState } from '../../../../shared/model/settings';
import { confStoreFactory } from '../../support/confStoreFactory';
import { SettingsService } from '../../../../electron/services/settings';
import { WriteQueue } from '../../../../electron/services/writeQueue';
import type { StartupProblem } from '../../../../shared/ipc';
import { countingFactory, openServices, testClock } from '../../support/services';
import { listFiles, readJson, useTempDir, writeJson } from '../../support/tempDir';

const bounds = (overrides: Partial<WindowState> = {}): WindowState => ({
  x: 120,
  y: 80,
  width: 1280,
  height: 860,
  maximized: false,
  ...overrides,
});

describe('settings (real files)', () => {
  const tempDir = useTempDir();
  const settingsPath = () => path.join(tempDir(), 'settings.json');
  const customSettings = { ...DEFAULT_SETTINGS, engagementWeeks: 12, retroDay: 'tue' as const, retroTime: '09:30' };

  it('uses the defaults when there is no settings file, and does not create one just by opening', async () => {
    const { services, call } = openServices(tempDir());
    expect(services.problems).toEqual([]);
    expect(await call('settings:get', {})).toEqual(DEFAULT_SETTINGS);
    expect(services.settings.windowState()).toBeNull();
    services.flush();
    expect(fs.existsSync(settingsPath())).toBe(false);
  });

  it('reads settings saved in the file', async () => {
    writeJson(settingsPath(), { schemaVersion: 1, settings: customSettings, window: null });
    const { services, call } = openServices(tempDir());
    expect(services.problems).toEqual([]);
    expect(await call('settings:get', {})).toEqual(customSettings);
  });

  it('hands out copies', () => {
    const { services } = openServices(tempDir());
    const settings = services.settings.get();
    settings.engagementWeeks = 99;
    expect(services.settings.get().engagementWeeks).toBe(10);
    services.settings.setWindowState(bounds());
    const state = services.settings.windowState();
    if (state) state.width = 1;
    expect(services.settings.windowState()?.width).toBe(1280);
  });

  it('saves the window state, coalesced into one write, and reads it back', () => {
    const counting = countingFactory();
    const first = openServices(tempDir(), { factory: counting.factory });
    for (let x = 0; x < 20; x++) first.services.settings.setWindowState(bounds({ x }));
    first.services.settings.setWindowState(bounds({ x: 300, maximized: true }));
    expect(counting.writesTo(settingsPath())).toBe(0);

    first.services.flush();

    expect(counting.writesTo(settingsPath())).toBe(1);
    const file = SettingsFileSchema.parse(readJson(settingsPath()));
    expect(file).toEqual({
      schemaVersion: SETTINGS_FILE_VERSION,
      settings: DEFAULT_SETTINGS,
      window: bounds({ x: 300, maximized: true }),
    });

    const second = openServices(tempDir());
    expect(second.services.settings.windowState()).toEqual(bounds({ x: 300, maximized: true }));
  });

  it('keeps the other settings when saving the window state', async () => {
    writeJson(settingsPath(), { schemaVersion: 1, settings: customSettings, window: null });
    const first = openServices(tempDir());
    first.services.settings.setWindowState(bounds());
    first.services.flush();
    const second = openServices(tempDir());
    expect(await second.call('settings:get', {})).toEqual(customSettings);
    expect(second.services.settings.windowState()).toEqual(bounds());
  });

  it.each([
    ['invalid JSON', '{"schemaVersion": 1, "settings": {'],
    [
      'valid JSON failing the schema',
      JSON.stringify({ schemaVersion: 1, settings: { engagementWeeks: 'ten' }, window: null }),
    ],
    [
      'an impossible retro time',
      JSON.stringify({ schemaVersion: 2, settings: { ...DEFAULT_SETTINGS, retroTime: '25:00' }, window: null }),
    ],
    ['no schemaVersion', JSON.stringify({ settings: DEFAULT_SETTINGS })],
  ])('quarantines %s and uses the defaults', async (_label, contents) => {
    fs.writeFileSync(settingsPath(), contents);
    const { services, call } = openServices(tempDir(), { clock: testClock('2026-03-05T07:00:00.000Z') });

    expect(await call('settings:get', {})).toEqual(DEFAULT_SETTINGS);
    expect(services.problems).toEqual([
      expect.objectContaining({
        kind: 'quarantined',
        file: 'settings.json',
        movedTo: 'quarantine/settings.2026-03-05T07-00-00-000Z.json',
      }),
    ]);
    expect(fs.existsSync(settingsPath())).toBe(false);
    expect(fs.readFileSync(path.join(tempDir(), 'quarantine', 'settings.2026-03-05T07-00-00-000Z.json'), 'utf8')).toBe(
      contents,
    );

    // Saving afterwards starts a fresh file and leaves the quarantined copy alone.
    services.settings.setWindowState(bounds());
    services.flush();
    expect(SettingsFileSchema.parse(readJson(settingsPath())).window).toEqual(bounds());
    expect(listFiles(path.join(tempDir(), 'quarantine'))).toEqual(['settings.2026-03-05T07-00-00-000Z.json']);
  });

  it('leaves a settings file from a newer version untouched, even after the window moves', async () => {
    const future = JSON.stringify({ schemaVersion: 99, settings: { theme: 'dark' }, window: null });
    fs.writeFileSync(settingsPath(), future);
    const { services, call } = openServices(tempDir());

    expect(services.problems).toEqual([
      expect.objectContaining({ kind: 'newer-version', file: 'settings.json', movedTo: null }),
    ]);
    expect(await call('settings:get', {})).toEqual(DEFAULT_SETTINGS);

    // main.ts saves the window bounds on every resize and on close, then flushes on quit.
    services.settings.setWindowState(bounds());
    services.flush();
    expect(fs.readFileSync(settingsPath(), 'utf8')).toBe(future);
    expect(services.settings.windowState()).toEqual(bounds());
  });

  it('works directly, with its own queue', () => {
    const problems: StartupProblem[] = [];
    const queue = new WriteQueue(60_000, (key, error) => {
      throw new Error(`${key}: ${String(error)}`);
    });
    const now = () => new Date('2026-03-02T09:00:00.000Z');
    const service = new SettingsService({
      dataDir: tempDir(),
      factory: confStoreFactory,
      queue,
      now,
      report: (p) => problems.push(p),
    });
    service.load();
    service.setWindowState(bounds());
    expect(queue.has('settings')).toBe(true);
    queue.flush();
    const reloaded = new SettingsService({
      dataDir: tempDir(),
      factory: confStoreFactory,
      queue,
      now,
      report: (p) => problems.push(p),
    });
    reloaded.load();
    expect(reloaded.windowState()).toEqual(bounds());
    expect(problems).toEqual([]);
  });

  it('migrates a version 1 settings file: working days become a setting, Monday to Friday', () => {
    fs.writeFileSync(settingsPath(), JSON.stringify({ schemaVersion: 1, settings: { ...customV1 }, window: null }));
    const { services } = openServices(tempDir());
    expect(services.problems).toEqual([]);
    expect(services.settings.get()).toEqual({
      ...customV1,
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      pairingTarget: 80,
      dayHours: 8,
      dayStart: '09:00',
      maxEngagementWeeks: 13,
      notifications: false,
      spellcheck: false,
      theme: 'system',
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
    expect(fs.existsSync(path.join(tempDir(), 'settings.v1.bak.json'))).toBe(true);
    expect(SettingsFileSchema.parse(readJson(settingsPath())).schemaVersion).toBe(8);
  });

  it('migrates a version 4 settings file: spell checking (it downloads dictionaries) is off, everything else kept', () => {
    const v4 = { ...customSettings, notifications: true } as Record<string, unknown>;
    delete v4['spellcheck'];
    delete v4['theme'];
    delete v4['mailMethod'];
    delete v4['retroPhaseMinutes'];
    delete v4['teamName'];
    const original = JSON.stringify({ schemaVersion: 4, settings: v4, window: bounds() });
    fs.writeFileSync(settingsPath(), original);
    const { services } = openServices(tempDir());
    expect(services.problems).toEqual([]);
    expect(services.settings.get()).toEqual({
      ...v4,
      spellcheck: false,
      theme: 'system',
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
    expect(services.settings.windowState()).toEqual(bounds());
    expect(fs.readFileSync(path.join(tempDir(), 'settings.v4.bak.json'), 'utf8')).toBe(original);
    expect(readJson(settingsPath())).toEqual({
      schemaVersion: 8,
      settings: {
        ...v4,
        spellcheck: false,
        theme: 'system',
        mailMethod: null,
        retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
        teamName: 'Aux Eng',
      },
      window: bounds(),
    });
  });

  it('migrates a version 2 settings file: the planner settings get the playbook defaults, the rest is kept', () => {
    const v2 = { ...customV1, workingDays: ['mon', 'tue', 'wed', 'thu'], twentyPercentDay: 'thu' };
    const original = JSON.stringify({ schemaVersion: 2, settings: v2, window: bounds() });
    fs.writeFileSync(settingsPath(), original);
    const { services } = openServices(tempDir());
    expect(services.problems).toEqual([]);
    expect(services.settings.get()).toEqual({
      ...v2,
      pairingTarget: 80,
      dayHours: 8,
      dayStart: '09:00',
      maxEngagementWeeks: 13,
      notifications: false,
      spellcheck: false,
      theme: 'system',
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
    expect(services.settings.windowState()).toEqual(bounds());
    expect(fs.readFileSync(path.join(tempDir(), 'settings.v2.bak.json'), 'utf8')).toBe(original);
    expect(SettingsFileSchema.parse(readJson(settingsPath())).schemaVersion).toBe(8);
  });

  it('refuses planner settings out of range', async () => {
    const { fail } = openServices(tempDir());
    const refused = await fail(
      'settings:update',
      { ...DEFAULT_SETTINGS, pairingTarget: 40, dayHours: 7.3, dayStart: '9am' },
      'invalid-payload',
    );
    expect(refused.fieldErrors).toEqual({
      pairingTarget: 'Pairing target must be at least 50.',
      dayHours: 'Use quarter hours (e.g. 7.5).',
      dayStart: 'Enter a time as HH:MM.',
    });
  });

  it('updates settings through IPC, validated, and keeps them across a restart', async () => {
    const first = openServices(tempDir());
    const next = { ...DEFAULT_SETTINGS, engagementWeeks: 13, twentyPercentDay: 'mon' as const };
    expect(await first.call('settings:update', next)).toEqual(next);
    const refused = await first.fail('settings:update', { ...next, twentyPercentDay: 'sat' }, 'invalid-payload');
    expect(refused.fieldErrors?.['twentyPercentDay']).toBe('The 20% day must be one of the working days.');
    first.services.flush();
    const second = openServices(tempDir());
    expect(await second.call('settings:get', {})).toEqual(next);
  });

  it('keeps the team’s name the NPS question asks about; refuses an empty one or one with a line break', async () => {
    const first = openServices(tempDir());
    const next = { ...DEFAULT_SETTINGS, teamName: '  Platform Guild ' };
    expect((await first.call('settings:update', next)).teamName).toBe('Platform Guild');
    const empty = await first.fail('settings:update', { ...next, teamName: ' ' }, 'invalid-payload');
    expect(empty.fieldErrors).toEqual({ teamName: 'Enter your team’s name.' });
    const injected = await first.fail('settings:update', { ...next, teamName: 'Aux\nBcc: x' }, 'invalid-payload');
    expect(injected.fieldErrors).toEqual({
      teamName: 'Your team’s name cannot contain line breaks or control characters.',
    });
    first.services.flush();
    expect((await openServices(tempDir()).call('settings:get', {})).teamName).toBe('Platform Guild');
  });
});

const customV1 = {
  engagementWeeks: 12,
  bufferWeeks: 3,
  maxBackToBack: 2,
  twentyPercentDay: 'fri',
  retroDay: 'thu',
  retroTime: '14:00',
  retroMinutes: 30,
} as const;
