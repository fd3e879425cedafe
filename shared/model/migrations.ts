import {
  ENGAGEMENT_FILE_VERSION,
  EngagementFileV1Schema,
  EngagementFileV2Schema,
  SETTINGS_FILE_VERSION,
} from './files';
import { emptyPlannerSection } from './planner';
import { emptyProjectSection } from './projectRetro';
import { emptyLifecycleSection } from './lifecycle';
import { MAIL_FILE_VERSION } from './mail';

export type MigrationOutcome =
  | { kind: 'current'; data: unknown }
  | { kind: 'migrated'; data: unknown; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

type Step = (data: unknown, newId: () => string) => unknown;

/** steps[n] migrates a version-n document to version n+1. */
const ENGAGEMENT_STEPS: Record<number, Step> = {
  1: (data, newId) => {
    const v1 = EngagementFileV1Schema.parse(data);
    return {
      schemaVersion: 2,
      engagement: {
        ...v1.engagement,
        people: v1.engagement.people.map((person) => ({ id: newId(), ...person })),
        endedEarlyReason: v1.engagement.status === 'ended-early' ? 'Not recorded (before Aux Desk 0.1).' : '',
      },
    };
  },
  // Version 3 added goals and weekly retros.
  2: (data) => ({ ...EngagementFileV2Schema.parse(data), schemaVersion: 3, retro: { goals: [], retros: [] } }),
  // Version 4 records, per retro, to whom and when its notes were emailed.
  3: (data) => {
    const v3 = data as { retro?: { goals?: unknown; retros?: Record<string, unknown>[] } };
    const retros = Array.isArray(v3.retro?.retros) ? v3.retro.retros : [];
    return { ...v3, schemaVersion: 4, retro: { ...v3.retro, retros: retros.map((r) => ({ ...r, mailLog: [] })) } };
  },
  // Version 5 (weekly planner) adds the planner section: no weeks planned yet,
  // no rituals but the weekly retro, which follows the settings until it is edited.
  4: (data) => ({ ...(data as Record<string, unknown>), schemaVersion: 5, planner: emptyPlannerSection() }),
  // Version 6 added the project retro: milestones, the MVP target date, the project
  // retro's notes and the NPS responses, all empty for an existing engagement.
  5: (data) => ({ ...(data as Record<string, unknown>), schemaVersion: 6, project: emptyProjectSection() }),
  // Version 7 records, for the project retro, to whom and when its notes were emailed.
  6: (data) => {
    const v6 = data as { project?: { retro?: Record<string, unknown> } };
    return {
      ...v6,
      schemaVersion: 7,
      project: { ...v6.project, retro: { ...v6.project?.retro, mailLog: v6.project?.retro?.['mailLog'] ?? [] } },
    };
  },
  // Version 8 (engagement lifecycle) adds the lifecycle section, empty: no one-pager,
  // no fit votes or red flags, checklists unticked, no check-in notes, no follow-ups.
  7: (data) => ({ ...(data as Record<string, unknown>), schemaVersion: 8, lifecycle: emptyLifecycleSection() }),
  // Version 9 records the day the three-month check-in was held. One already ticked as
  // held keeps its tick, with the day unknown.
  8: (data) => {
    const v8 = data as { lifecycle?: Record<string, unknown> };
    return { ...v8, schemaVersion: 9, lifecycle: { ...v8.lifecycle, checkInHeldOn: null } };
  },
};

function readVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) return null;
  const version = data.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** The version each section of an engagement file came with: an older file cannot hold it. */
const ENGAGEMENT_SECTIONS_SINCE: Record<string, number> = { retro: 3, planner: 5, project: 6, lifecycle: 8 };

/**
 * A file that says it is version n but holds a section of a later version was mislabelled or
 * garbled: migrating it would replace that section with an empty one. Refused (quarantined).
 */
function checkSections(data: unknown, version: number, since: Record<string, number>): void {
  if (typeof data !== 'object' || data === null) return;
  for (const [key, from] of Object.entries(since)) {
    if (version < from && key in data) {
      throw new Error(
        `it says version ${version} but holds "${key}", which came with version ${from}; it may be mislabelled or garbled`,
      );
    }
  }
}

function migrate(
  data: unknown,
  current: number,
  steps: Record<number, Step>,
  newId: () => string,
  sectionsSince: Record<string, number> = {},
): MigrationOutcome {
  const version = readVersion(data);
  if (version === null) return { kind: 'unversioned' };
  if (version > current) return { kind: 'newer', version };
  if (version === current) return { kind: 'current', data };
  checkSections(data, version, sectionsSince);
  let doc = data;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from version ${v}.`);
    doc = step(doc, newId);
  }
  return { kind: 'migrated', data: doc, from: version };
}

/** Throws (a zod error) when an old document does not match the schema of its version. */
export function migrateEngagementFile(data: unknown, newId: () => string): MigrationOutcome {
  return migrate(data, ENGAGEMENT_FILE_VERSION, ENGAGEMENT_STEPS, newId, ENGAGEMENT_SECTIONS_SINCE);
}

const SETTINGS_STEPS: Record<number, Step> = {
  // Version 2 made the working days a setting (Monday to Friday until then).
  1: (data) => {
    const v1 = data as { settings?: Record<string, unknown> };
    return { ...v1, schemaVersion: 2, settings: { ...v1.settings, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] } };
  },
  // Version 3 (weekly planner) added the pairing target, the planned hours of a day and
  // when the day starts (for calendar export), with the playbook's defaults.
  2: (data) => {
    const v2 = data as { settings?: Record<string, unknown> };
    return { ...v2, schemaVersion: 3, settings: { ...v2.settings, pairingTarget: 80, dayHours: 8, dayStart: '09:00' } };
  },
  // Version 4 (engagement lifecycle, issue 7): "longer than a quarter" as a setting (13 weeks)
  // and desktop notifications, off until the user opts in. Self-contained so the lead can
  // renumber it at merge if another branch also took version 4.
  3: (data) => {
    const v3 = data as { settings?: Record<string, unknown> };
    return { ...v3, schemaVersion: 4, settings: { ...v3.settings, maxEngagementWeeks: 13, notifications: false } };
  },
  // Version 5 (issue 12): spell checking became a setting, off. Until then it was always on,
  // and on Windows and Linux that downloads dictionaries, which the user never agreed to.
  // Self-contained, like 3 → 4, so it can be renumbered at merge.
  4: (data) => {
    const v4 = data as { settings?: Record<string, unknown> };
    return { ...v4, schemaVersion: 5, settings: { ...v4.settings, spellcheck: false } };
  },
  // Version 6 (issue 16): the theme, following the system as it always did.
  5: (data) => {
    const v5 = data as { settings?: Record<string, unknown> };
    return { ...v5, schemaVersion: 6, settings: { ...v5.settings, theme: 'system' } };
  },
  // Version 7 (issue 16): no mail method remembered yet, and the retro timer's steps at the
  // playbook's 30 minutes. Written out, not DEFAULT_SETTINGS, so a later default change
  // does not rewrite what this step meant.
  6: (data) => {
    const v6 = data as { settings?: Record<string, unknown> };
    return {
      ...v6,
      schemaVersion: 7,
      settings: { ...v6.settings, mailMethod: null, retroPhaseMinutes: [4, 4, 6, 7, 6, 3] },
    };
  },
  // Version 8 (issue 18): the team's name in the NPS question, the playbook's "Aux Eng".
  // Self-contained, like 3 → 4, so it can be renumbered at merge.
  7: (data) => {
    const v7 = data as { settings?: Record<string, unknown> };
    return { ...v7, schemaVersion: 8, settings: { ...v7.settings, teamName: 'Aux Eng' } };
  },
};

export function migrateSettingsFile(data: unknown): MigrationOutcome {
  return migrate(data, SETTINGS_FILE_VERSION, SETTINGS_STEPS, () => '');
}

/** The index is at its first version: only the version checks apply. */
export function migrateSimpleFile(data: unknown, current: number): MigrationOutcome {
  return migrate(data, current, {}, () => '');
}

const MAIL_STEPS: Record<number, Step> = {
  // Version 2 added "Your name and email" (the From of drafts), not known yet. Self-contained
  // so it can be renumbered at merge if another branch also took version 2.
  1: (data) => ({ ...(data as Record<string, unknown>), schemaVersion: 2, author: null }),
};

export function migrateMailFile(data: unknown): MigrationOutcome {
  return migrate(data, MAIL_FILE_VERSION, MAIL_STEPS, () => '');
}
