import { describe, expect, it } from 'vitest';
import { migrateSettingsFile, migrateSimpleFile } from '../../../../shared/model/migrations';
import { SETTINGS_FILE_VERSION, SettingsFileSchema } from '../../../../shared/model/files';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { migratedData } from './migrationsWorld';

describe('migrateSimpleFile', () => {
  it('passes the current version, reports newer and unversioned', () => {
    const doc = { schemaVersion: 1, settings: {} };
    expect(migrateSimpleFile(doc, 1)).toEqual({ kind: 'current', data: doc });
    expect(migrateSimpleFile({ schemaVersion: 2 }, 1)).toEqual({ kind: 'newer', version: 2 });
    expect(migrateSimpleFile({}, 1)).toEqual({ kind: 'unversioned' });
  });

  it('throws rather than guessing when an older version has no migration step', () => {
    expect(() => migrateSimpleFile({ schemaVersion: 1 }, 2)).toThrow('No migration from version 1.');
  });
});

describe('migrateSettingsFile', () => {
  const v1Settings = {
    engagementWeeks: 12,
    bufferWeeks: 3,
    maxBackToBack: 2,
    twentyPercentDay: 'fri',
    retroDay: 'thu',
    retroTime: '14:00',
    retroMinutes: 30,
  };

  it('is at version 8', () => {
    expect(SETTINGS_FILE_VERSION).toBe(8);
  });

  it('migrates version 2 to 3: pairing target 80, 8-hour days starting at 09:00', () => {
    const v2 = {
      schemaVersion: 2,
      settings: { ...v1Settings, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      window: null,
    };
    const outcome = migrateSettingsFile(v2);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 2 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file.settings).toEqual({
      ...v2.settings,
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
  });

  it('migrates version 3 to 4: a quarter is 13 weeks, notifications stay off until asked for', () => {
    const v3Settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, bufferWeeks: 5 };
    delete v3Settings['maxEngagementWeeks'];
    delete v3Settings['notifications'];
    delete v3Settings['spellcheck'];
    delete v3Settings['theme'];
    delete v3Settings['mailMethod'];
    delete v3Settings['retroPhaseMinutes'];
    delete v3Settings['teamName'];
    const outcome = migrateSettingsFile({ schemaVersion: 3, settings: v3Settings, window: null });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 3 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file.settings).toEqual({
      ...v3Settings,
      maxEngagementWeeks: 13,
      notifications: false,
      spellcheck: false,
      theme: 'system',
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
  });

  it('migrates version 4 to 5: spell checking (which downloads dictionaries on Windows and Linux) is off until asked for', () => {
    const v4Settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, notifications: true, retroDay: 'tue' };
    delete v4Settings['spellcheck'];
    delete v4Settings['theme'];
    delete v4Settings['mailMethod'];
    delete v4Settings['retroPhaseMinutes'];
    delete v4Settings['teamName'];
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    const outcome = migrateSettingsFile({ schemaVersion: 4, settings: v4Settings, window });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 4 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file).toEqual({
      schemaVersion: 8,
      settings: {
        ...v4Settings,
        spellcheck: false,
        theme: 'system',
        mailMethod: null,
        retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
        teamName: 'Aux Eng',
      },
      window,
    });
  });

  it('migrates version 5 to 6: the theme follows the system, as it always did (issue 16)', () => {
    const v5Settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, spellcheck: true };
    delete v5Settings['theme'];
    delete v5Settings['mailMethod'];
    delete v5Settings['retroPhaseMinutes'];
    delete v5Settings['teamName'];
    const outcome = migrateSettingsFile({ schemaVersion: 5, settings: v5Settings, window: null });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 5 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file.settings).toEqual({
      ...v5Settings,
      theme: 'system',
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
  });

  it('migrates version 6 to 7: no mail method remembered yet, the retro timer at 30 minutes (issue 16)', () => {
    const v6Settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, theme: 'light' };
    delete v6Settings['mailMethod'];
    delete v6Settings['retroPhaseMinutes'];
    delete v6Settings['teamName'];
    const outcome = migrateSettingsFile({ schemaVersion: 6, settings: v6Settings, window: null });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 6 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file.settings).toEqual({
      ...v6Settings,
      mailMethod: null,
      retroPhaseMinutes: [4, 4, 6, 7, 6, 3],
      teamName: 'Aux Eng',
    });
    expect(file.settings.retroPhaseMinutes.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('migrates version 7 to 8: the NPS question names the playbook’s “Aux Eng” until the user changes it (issue 18)', () => {
    const v7Settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, theme: 'dark', mailMethod: 'copy' };
    delete v7Settings['teamName'];
    const window = { x: 0, y: 0, width: 900, height: 700, maximized: true };
    const outcome = migrateSettingsFile({ schemaVersion: 7, settings: v7Settings, window });
    expect(outcome).toMatchObject({ kind: 'migrated', from: 7 });
    const file = SettingsFileSchema.parse(migratedData(outcome));
    expect(file).toEqual({ schemaVersion: 8, settings: { ...v7Settings, teamName: 'Aux Eng' }, window });
  });

  it('migrates version 1 through to 8', () => {
    const file = SettingsFileSchema.parse(
      migratedData(migrateSettingsFile({ schemaVersion: 1, settings: v1Settings, window: null })),
    );
    expect(file.schemaVersion).toBe(8);
    expect(file.settings.teamName).toBe('Aux Eng');
    expect(file.settings.mailMethod).toBeNull();
    expect(file.settings.spellcheck).toBe(false);
    expect(file.settings.theme).toBe('system');
    expect(file.settings.workingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(file.settings.pairingTarget).toBe(80);
  });

  it('passes version 8 through and reports version 9 as newer', () => {
    const current = { schemaVersion: 8, settings: DEFAULT_SETTINGS, window: null };
    expect(migrateSettingsFile(current)).toEqual({ kind: 'current', data: current });
    expect(migrateSettingsFile({ schemaVersion: 9 })).toEqual({ kind: 'newer', version: 9 });
  });
});
