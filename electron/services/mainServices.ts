import { randomUUID } from 'node:crypto';
import type { EventChannel } from '../../shared/channels';
import type { EventPayloadOf, StartupProblem } from '../../shared/ipc';
import { CloseGate } from './closeGate';
import { EngagementRepository } from './engagements';
import { LifecycleService } from './lifecycle';
import { MailService, type MailPlatform } from './mail/mailService';
import { NOTICES_NAME, NotificationService, type NotifyPlatform } from './notifications';
import { ProjectRetroService } from './projectRetro';
import { RetroService } from './retros';
import { PLAIN_PLANNER_KEY, PlannerService } from './planner';
import { makeDataFolder } from './privateFiles';
import { createRouter, type Dispatch, type Handlers } from './router';
import { SettingsService } from './settings';
import { takeDailySnapshot } from './snapshots';
import type { StoreFactory } from './storeFiles';
import { WriteQueue } from './writeQueue';

/**
 * What the main process asks of the operating system: the Electron boundary (shell,
 * dialogs, clipboard, safeStorage, notifications). main.ts implements it with Electron; tests record.
 */
export type Platform = MailPlatform & NotifyPlatform;

export interface MainServicesOptions {
  dataDir: string;
  factory: StoreFactory;
  platform: Platform;
  now?: () => Date;
  newId?: () => string;
  /** The user's IANA time zone (calendar export); the system's by default. */
  timeZone?: () => string;
  /** Quiet time before a burst of changes is written. */
  writeDelayMs?: number;
  /** Backoff between SMTP attempts (tests shorten it). */
  mailRetryDelayMs?: (attempt: number) => number;
  log?: (message: string, error: unknown) => void;
}

export type EventSink = <E extends EventChannel>(channel: E, payload: EventPayloadOf<E>) => void;

export interface MainServices {
  dataDir: string;
  /** Where main-to-renderer events go: the window in Electron, the page in the e2e host. */
  setEventSink(sink: EventSink): void;
  dispatch: Dispatch;
  settings: SettingsService;
  engagements: EngagementRepository;
  retros: RetroService;
  mail: MailService;
  project: ProjectRetroService;
  /** Resolved when the renderer has saved everything before its window closes. */
  closeGate: CloseGate;
  planner: PlannerService;
  lifecycle: LifecycleService;
  /** Desktop notifications: main.ts (and the e2e host) start its clock. */
  notifications: NotificationService;
  problems: StartupProblem[];
  queue: WriteQueue;
  /** Writes everything pending. Called on quit and before a snapshot. */
  flush(): void;
  /** Takes today's snapshot if it has not been taken yet (the app checks hourly). */
  snapshotIfDue(): void;
}

/**
 * Everything the main process does, without Electron: main.ts wires this to ipcMain and
 * electron-store; the e2e Chromium host wires it to a page over real files.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const { dataDir, factory, platform } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const problems: StartupProblem[] = [];
  const report = (problem: StartupProblem) => problems.push(problem);

  makeDataFolder(dataDir);
  let sink: EventSink | null = null;
  let engagementsRef: EngagementRepository | null = null;
  const describeKey = (key: string): string => {
    if (key === 'settings') return 'your settings';
    if (key === 'index') return 'the list of engagements';
    if (key === PLAIN_PLANNER_KEY) return 'your plain-week plans (planner.json)';
    if (key === NOTICES_NAME) return 'the list of notifications already shown (notices.json)';
    const id = key.replace(/^engagement:/, '');
    const name = engagementsRef?.list().find((s) => s.id === id)?.name;
    return name ? `engagement “${name}”` : 'an engagement';
  };
  const queue = new WriteQueue(options.writeDelayMs ?? 300, (key, error, attempt) => {
    log(`Saving ${key} failed (attempt ${attempt})`, error);
    sink?.('storage-error', {
      what: describeKey(key),
      message: error instanceof Error ? error.message : String(error),
      attempt,
    });
  });

  const snapshotIfDue = () => {
    try {
      queue.flush();
      takeDailySnapshot(dataDir, now());
    } catch (error) {
      log('Snapshot failed', error);
      report({
        kind: 'snapshot-failed',
        file: 'snapshots/',
        movedTo: null,
        message: `Today's backup snapshot of the data folder could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  // Snapshot first: it captures the folder as the last session left it.
  snapshotIfDue();

  const settings = new SettingsService({ dataDir, factory, queue, now, report });
  settings.load();
  const engagements = new EngagementRepository({ dataDir, factory, queue, now, newId, report });
  engagements.load();
  engagementsRef = engagements;
  const retros = new RetroService({ engagements, now, newId });
  const project = new ProjectRetroService({
    engagements,
    now,
    newId,
    saveFile: (name, contents, filters) =>
      platform.saveFile({ defaultName: name, contents: Buffer.from(contents, 'utf8'), filters }),
  });
  const closeGate = new CloseGate();
  const mail = new MailService({
    dataDir,
    factory,
    platform,
    engagements,
    retros,
    project,
    now,
    newId,
    report,
    log,
    outboxChanged: () => sink?.('outbox-changed', {}),
    ...(options.mailRetryDelayMs ? { retryDelayMs: options.mailRetryDelayMs } : {}),
  });
  mail.load();
  const planner = new PlannerService({
    dataDir,
    factory,
    queue,
    now,
    report,
    engagements,
    settings,
    timeZone: options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    saveFile: (name, contents) =>
      platform.saveFile({ defaultName: name, contents: Buffer.from(contents, 'utf8'), filters: [{ name: 'Calendar', extensions: ['ics'] }] }),
  });
  planner.load();
  const lifecycle = new LifecycleService({ engagements, settings, now });
  const notifications = new NotificationService({
    dataDir,
    factory,
    queue,
    now,
    report,
    settings,
    lifecycle,
    platform,
    log,
    open: (target) => sink?.('open-item', target),
  });
  notifications.load();

  const handlers: Handlers = {
    'app:startupReport': () => ({ dataDir, problems: [...problems] }),
    'app:openDataFolder': async () => {
      await platform.openPath(dataDir);
      return {};
    },
    'settings:get': () => settings.get(),
    'settings:update': (next) => {
      const saved = settings.update(next);
      // Turning notifications on shows what is already due, rather than a minute later.
      // The settings are saved either way: a failed check is only logged (the clock retries).
      try {
        notifications.check();
      } catch (error) {
        log('Checking for notifications failed', error);
      }
      return saved;
    },
    'engagements:list': () => engagements.list(),
    'engagements:get': ({ id }) => engagements.get(id),
    'engagements:create': (input) => engagements.create(input),
    'engagements:update': ({ id, input }) => engagements.update(id, input),
    'engagements:delete': ({ id }) => {
      engagements.delete(id);
      return { id };
    },
    'engagements:restore': ({ id }) => engagements.restore(id),
    'app:readyToClose': () => {
      queue.flush();
      closeGate.open();
      return {};
    },
    'retros:list': ({ engagementId }) => retros.section(engagementId),
    'retros:create': ({ engagementId, date }) => retros.createRetro(engagementId, date),
    'retros:update': ({ engagementId, retroId, patch }) => retros.updateRetro(engagementId, retroId, patch),
    'retros:saveNote': ({ engagementId, retroId, section, doc }) => ({
      updatedAt: retros.saveNote(engagementId, retroId, section, doc).updatedAt,
    }),
    'retros:setActionItemDone': ({ engagementId, retroId, itemId, done }) =>
      retros.setActionItemDone(engagementId, retroId, itemId, done),
    'retros:delete': ({ engagementId, retroId }) => retros.deleteRetro(engagementId, retroId),
    'retros:restore': ({ engagementId, retroId }) => retros.restoreRetro(engagementId, retroId),
    'goals:save': ({ engagementId, goalId, input }) => retros.saveGoal(engagementId, goalId, input),
    'goals:delete': ({ engagementId, goalId }) => retros.deleteGoal(engagementId, goalId),
    'goals:restore': ({ engagementId, goal, index }) => retros.restoreGoal(engagementId, goal, index),
    'mail:compose': ({ engagementId, retroId }) => ({ ...mail.compose(engagementId, retroId), canSend: mail.hasSmtp(), draftFrom: mail.draftFrom() }),
    'mail:draft': ({ engagementId, retroId, headers }) => mail.draft(engagementId, retroId, headers),
    'mail:saveEml': ({ engagementId, retroId, headers }) => mail.saveEml(engagementId, retroId, headers),
    'mail:mailto': ({ engagementId, retroId, headers }) => mail.mailto(engagementId, retroId, headers),
    'mail:copy': async ({ engagementId, retroId, headers }) => {
      await mail.copy(engagementId, retroId, headers);
      return {};
    },
    'mail:send': ({ engagementId, retroId, headers }) => mail.send(engagementId, retroId, headers),
    'mail:getSettings': () => mail.settings(),
    'mail:saveSettings': (input) => mail.saveSettings(input),
    'mail:saveAuthor': ({ author }) => mail.saveAuthor(author),
    'outbox:list': () => mail.outbox.list(),
    'outbox:retry': ({ id }) => mail.outbox.retryNow(id),
    'outbox:cancel': ({ id }) => mail.outbox.cancel(id),
    'planner:get': ({ scope }) => planner.get(scope),
    'planner:saveWeek': ({ scope, week, plan }) => planner.saveWeek(scope, week, plan),
    'planner:resetWeek': ({ scope, week }) => {
      planner.resetWeek(scope, week);
      return {};
    },
    'planner:saveRitual': ({ engagementId, ritual }) => planner.saveRitual(engagementId, ritual),
    'planner:deleteRitual': ({ engagementId, ritualId }) => planner.deleteRitual(engagementId, ritualId),
    'planner:exportWeek': ({ scope, week }) => planner.exportWeek(scope, week),
    'project:get': ({ engagementId }) => project.section(engagementId),
    'project:update': ({ engagementId, patch }) => project.update(engagementId, patch),
    'project:saveNote': ({ engagementId, section, doc }) => project.saveNote(engagementId, section, doc),
    'project:export': ({ engagementId, format }) => project.export(engagementId, format),
    'milestones:save': ({ engagementId, milestoneId, input }) => project.saveMilestone(engagementId, milestoneId, input),
    'milestones:delete': ({ engagementId, milestoneId }) => project.deleteMilestone(engagementId, milestoneId),
    'milestones:restore': ({ engagementId, milestone, index }) => project.restoreMilestone(engagementId, milestone, index),
    'nps:add': ({ engagementId, input }) => project.addResponse(engagementId, input),
    'nps:delete': ({ engagementId, responseId }) => project.deleteResponse(engagementId, responseId),
    'nps:restore': ({ engagementId, response, index }) => project.restoreResponse(engagementId, response, index),
    'nps:overTime': () => project.npsOverTime(),
    'lifecycle:get': ({ engagementId }) => lifecycle.section(engagementId),
    'lifecycle:update': ({ engagementId, patch }) => lifecycle.update(engagementId, patch),
    'lifecycle:saveNote': ({ engagementId, note, doc }) => {
      lifecycle.saveNote(engagementId, note, doc);
      return {};
    },
    'lifecycle:promote': ({ engagementId }) => lifecycle.promote(engagementId),
    'lifecycle:candidates': () => lifecycle.candidates(),
    'lifecycle:roster': () => lifecycle.roster(),
    'home:week': ({ today }) => lifecycle.thisWeek(today),
  };

  return {
    dataDir,
    setEventSink: (next) => {
      sink = next;
    },
    dispatch: createRouter(handlers, log),
    settings,
    engagements,
    retros,
    mail,
    project,
    closeGate,
    planner,
    lifecycle,
    notifications,
    problems,
    queue,
    flush: () => queue.flush(),
    snapshotIfDue,
  };
}
