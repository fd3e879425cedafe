import type { EventSink, MainServicesOptions } from './mainServices';
import { EngagementRepository } from './engagements';
import { LifecycleService } from './lifecycle';
import { MailService } from './mail/mailService';
import { NotificationService } from './notifications';
import { PlannerService } from './planner';
import { ProjectRetroService } from './projectRetro';
import { RetroService } from './retros';
import { SettingsService } from './settings';
import type { StartupProblem } from '../../shared/ipc';
import type { WriteQueue } from './writeQueue';
import type { FileWriter } from '../storage/fileWriter';

/** What every service may be given: the options, resolved, and the shared write queue. */
export interface ServiceContext extends Required<
  Pick<MainServicesOptions, 'dataDir' | 'factory' | 'platform' | 'now' | 'newId' | 'log'>
> {
  options: MainServicesOptions;
  queue: WriteQueue;
  /** The one writer: engagements save their record files through it. */
  writer: FileWriter;
  report: (problem: StartupProblem) => void;
  /** Sends an event to the renderer, once there is one to send to. */
  emit: EventSink;
}

export interface Services {
  settings: SettingsService;
  engagements: EngagementRepository;
  retros: RetroService;
  project: ProjectRetroService;
  mail: MailService;
  planner: PlannerService;
  lifecycle: LifecycleService;
  notifications: NotificationService;
}

/** Opens the services in dependency order, each loading its files as it opens. */
export function openServices(context: ServiceContext): Services {
  const { dataDir, factory, platform, now, newId, log, queue, writer, report, emit, options } = context;
  const settings = new SettingsService({ dataDir, factory, queue, now, report });
  settings.load();
  const engagements = new EngagementRepository({
    dataDir,
    factory,
    queue,
    writer,
    now,
    newId,
    report,
    log,
    ...(options.upgradeDrill ? { upgrade: { after: options.upgradeDrill } } : {}),
  });
  engagements.load();
  const retros = new RetroService({ engagements, now, newId });
  const project = new ProjectRetroService({
    engagements,
    now,
    newId,
    saveFile: (name, contents, filters) =>
      platform.saveFile({ defaultName: name, contents: Buffer.from(contents, 'utf8'), filters }),
  });
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
    outboxChanged: () => emit('outbox-changed', {}),
    rememberMethod: (mailMethod) => {
      const current = settings.get();
      if (current.mailMethod !== mailMethod) settings.update({ ...current, mailMethod });
    },
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
      platform.saveFile({
        defaultName: name,
        contents: Buffer.from(contents, 'utf8'),
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
      }),
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
    open: (target) => emit('open-item', target),
  });
  notifications.load();
  return { settings, engagements, retros, project, mail, planner, lifecycle, notifications };
}
