import { randomUUID } from 'node:crypto';
import type { EventChannel } from '../../shared/channels';
import type { EventPayloadOf, StartupProblem } from '../../shared/ipc';
import { actionHandlers } from './actions';
import { appHandlers } from './appHandlers';
import { CloseGate } from './closeGate';
import { engagementHandlers } from './engagementHandlers';
import type { EngagementRepository } from './engagements';
import { lifecycleHandlers, type LifecycleService } from './lifecycle';
import { mailHandlers } from './mail/mailHandlers';
import type { MailPlatform, MailService } from './mail/mailService';
import { openMainStorage } from './mainStorage';
import type { NotificationService, NotifyPlatform } from './notifications';
import { openServices } from './openServices';
import { KeptProblems } from './keptProblems';
import { pdfHandlers, PdfExportService, type PrintPlatform } from './pdf/pdfExport';
import { plannerHandlers, type PlannerService } from './planner';
import { makeDataFolder } from './privateFiles';
import { projectHandlers, type ProjectRetroService } from './projectRetro';
import { npsImportHandlers, NpsImportService } from './npsImport/npsImportService';
import { retroHandlers, type RetroService } from './retros';
import { SampleService, sampleHandlers } from './sample';
import { searchHandlers } from './search/searchHandlers';
import type { SearchService } from './search/searchService';
import { openBackgroundServices } from './backgroundServices';
import { createRouter, type Dispatch, type Handlers } from './router';
import { settingsHandlers, type SettingsService } from './settings';
import type { StorageFs } from '../storage/fileSystem';
import type { FileWriter } from '../storage/fileWriter';
import type { UpgradeStep } from '../storage/upgradeToFolder';
import type { StoreFactory } from './storeFiles';
import type { WriteQueue } from './writeQueue';
import type { GitRunnerOptions } from '../team/gitRunner';
import { teamHandlers } from '../team/teamHandlers';
import type { TeamPlatform, TeamService } from '../team/teamService';

/**
 * What the main process asks of the operating system: the Electron boundary (shell,
 * dialogs, clipboard, safeStorage, notifications, the PDF print view). main.ts implements it with
 * Electron; tests record (and the e2e host prints in its browser).
 */
export type Platform = MailPlatform & NotifyPlatform & PrintPlatform & TeamPlatform;

export interface MainServicesOptions {
  dataDir: string;
  /** How documents are stored: through the writer (electron/storage) unless given; tests pass `conf` stores. */
  factory?: StoreFactory;
  /** The file system under the writer (tests inject short writes, ENOSPC…). */
  storageFs?: StorageFs;
  /** Backoff between attempts at a failing file (tests shorten it). */
  storageRetryDelayMs?: (attempt: number) => number;
  platform: Platform;
  now?: () => Date;
  newId?: () => string;
  /** The user's IANA time zone (calendar export); the system's by default. */
  timeZone?: () => string;
  /** Quiet time before a burst of changes is written (200 ms; a burst waits at most twice that). */
  writeDelayMs?: number;
  /** Backoff between SMTP attempts (tests shorten it). */
  mailRetryDelayMs?: (attempt: number) => number;
  log?: (message: string, error: unknown) => void;
  /** Quiet time before a change made outside the app to an engagement's folder is read (300 ms). */
  watchDebounceMs?: number;
  /** Called after each step of upgrading an old engagement file to its folder: a test throws to stand for a kill or a full disk. */
  upgradeDrill?: (step: UpgradeStep) => void;
  /** How git runs for the team workspace (tests isolate it from the machine's git configuration). */
  git?: GitRunnerOptions;
  /** Quiet time after a change to a shared engagement before it is committed (5 s). */
  teamCommitQuietMs?: number;
  /** Time between background syncs of the team workspace (3 minutes). */
  teamSyncIntervalMs?: number;
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
  writer: FileWriter;
  /** Hands everything pending to the writer (conf stores in tests: writes it). Before a snapshot. */
  flush(): void;
  /**
   * Quit: writes everything pending and waits up to `timeoutMs` for it to reach disk.
   * Resolves with what could not be saved, in the user's words (empty when all was saved).
   */
  flushAndWait(timeoutMs: number): Promise<string[]>;
  /** Takes today's snapshot if it has not been taken yet, once pending writes are on disk (the app checks hourly). */
  snapshotIfDue(): Promise<void>;
  /** Full-text search over every engagement, built in the background. */
  search: SearchService;
  /** The team workspace (a git repository shared through the team's remote). */
  team: TeamService;
  /**
   * Starts what runs while the app runs, after the window is open (never on the start-up
   * path): the notification clock, the search index's background build, and the watch
   * on the engagements' folders (external changes show without a restart).
   */
  startBackground(): void;
  /** Stops what startBackground started (tests, and a host that closes). */
  stopBackground(): void;
}

/**
 * Everything the main process does, without Electron: main.ts wires this to ipcMain; the e2e Chromium host wires it to a page over real files. A table of
 * contents: the data folder, the write queue and snapshot, the services, the channels.
 */
export function createMainServices(options: MainServicesOptions): MainServices {
  const { dataDir, platform } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const problems: StartupProblem[] = [];
  const report = (problem: StartupProblem) => problems.push(problem);
  let sink: EventSink | null = null;
  const emit: EventSink = (channel, payload) => sink?.(channel, payload);

  makeDataFolder(dataDir);
  let engagements: EngagementRepository | null = null;
  const storage = openMainStorage({
    dataDir,
    now,
    writeDelayMs: options.writeDelayMs ?? 200,
    ...(options.storageFs ? { fs: options.storageFs } : {}),
    ...(options.storageRetryDelayMs ? { retryDelayMs: options.storageRetryDelayMs } : {}),
    log,
    report,
    storageError: (payload) => emit('storage-error', payload),
    storageConflict: (payload) => emit('storage-conflict', payload),
    engagementName: (id) => engagements?.list().find((s) => s.id === id)?.name ?? null,
  });
  const { queue, snapshotIfDue } = storage;
  const factory = options.factory ?? storage.factory;
  // Snapshot first: it captures the folder as the last session left it.
  storage.snapshotNow();

  const { writer } = storage;
  const services = openServices({ dataDir, factory, platform, now, newId, log, options, queue, writer, report, emit });
  engagements = services.engagements;
  const kept = KeptProblems.open({ dataDir, factory, now, report, queue }, problems);
  const closeGate = new CloseGate();
  const background = { dataDir, options, writer, log, emit, queue, factory, now, report, platform };
  const { search, watcher, team } = openBackgroundServices(services, background);

  // Each service declares its own channels; the compiler checks that together they are all of them.
  const handlers = {
    ...appHandlers({ dataDir, problems, kept, engagements, openPath: (to) => platform.openPath(to), queue, closeGate }),
    // Turning notifications on shows what is already due, rather than a minute later.
    ...settingsHandlers(services.settings, () => services.notifications.checkQuietly()),
    ...engagementHandlers(services.engagements),
    ...retroHandlers(services.retros),
    ...mailHandlers(services.mail),
    ...plannerHandlers(services.planner),
    ...projectHandlers(services.project),
    ...npsImportHandlers(new NpsImportService({ engagements: services.engagements, now, newId })),
    ...lifecycleHandlers(services.lifecycle),
    ...searchHandlers(search),
    ...actionHandlers(services.engagements),
    ...pdfHandlers(new PdfExportService({ engagements: services.engagements, platform, now, newId })),
    ...sampleHandlers(new SampleService({ ...services, now, newId })),
    ...teamHandlers(team, services.engagements, platform),
  } satisfies Handlers;

  return {
    ...services,
    dataDir,
    setEventSink: (next) => void (sink = next),
    dispatch: createRouter(handlers, log),
    closeGate,
    problems,
    queue,
    writer: storage.writer,
    flush: () => queue.flush(),
    // Quit: what is pending reaches disk, then what changed in the shared engagements is committed (sent at the next sync).
    // Quit: what is pending reaches disk, then what changed in the shared engagements is committed.
    flushAndWait: async (timeoutMs) => {
      const unsaved = await storage.drain(timeoutMs);
      await team.commitNow().catch((error: unknown) => log('Committing to the team workspace at quit failed', error));
      return unsaved;
    },
    snapshotIfDue,
    search,
    team,
    startBackground: () => {
      services.notifications.start();
      void search.start();
      watcher.start();
      team.start();
    },
    stopBackground: () => {
      services.notifications.stop();
      watcher.stop();
      team.stop();
    },
  };
}
