import { afterEach } from 'vitest';
import type { EventSink } from '../../../electron/services/mainServices';
import type { OutgoingHeaders } from '../../../shared/mail/addresses';
import type { Engagement } from '../../../shared/model/engagement';
import type { MailSettingsInput, OutboxItemView, OutboxState } from '../../../shared/model/mail';
import type { NoteNode } from '../../../shared/model/note';
import type { MailLogEntry, Retro } from '../../../shared/model/retro';
import { person, validInput } from './fixtures';
import { doc, line, link, paragraph, taskItem, taskList, text } from './notes';
import { openServices, testClock, type Harness, type HarnessOptions, type TestClock } from './services';
import { startSmtpServer, type TestSmtpServer, type TestSmtpServerOptions } from './smtpServer';

/** Between attempts; the test clock is moved by hand, so no real wait depends on it. */
export const RETRY_DELAY_MS = 60_000;

export const WENT_WELL: NoteNode = doc(
  line('Shipped the billing fix — Zoë’s idea 🎉'),
  paragraph(text('See '), text('the PR', [link('https://git.example.com/pr/42')]), text(' & the <runbook>.')),
);
export const DO_NEXT_TIME: NoteNode = doc(
  taskList(
    taskItem({ id: 'ai-1', owner: 'p-1', due: '2026-03-12' }, 'Write the runbook'),
    taskItem({ id: 'ai-2', checked: true, owner: 'p-2' }, 'Pair on the pipeline'),
  ),
);

/** An engagement (Ada and Grace with addresses, Alan without) and one retro with notes. */
export interface MailWorld extends Harness {
  clock: TestClock;
  engagement: Engagement;
  retro: Retro;
  /** The headers the compose dialog would start with, plus Grace on Cc. */
  headers: OutgoingHeaders;
  /** For each outbox id, the states its retro mail-log entry went through (on 'outbox-changed'). */
  logStates: Map<string, MailLogEntry['state'][]>;
  mailLog(): MailLogEntry[];
  outboxItem(id: string): OutboxItemView;
  /** Resolves when the outbox item reaches `state`; rejects after `timeoutMs`. */
  waitForState(id: string, state: OutboxState, timeoutMs?: number): Promise<void>;
}

export function smtpSettings(port: number, overrides: Partial<MailSettingsInput> = {}): MailSettingsInput {
  return {
    host: '127.0.0.1',
    port,
    security: 'none',
    user: '',
    from: { name: 'Aux Desk', email: 'aux@example.com' },
    password: null,
    ...overrides,
  };
}

/** The headers the compose dialog would start with, plus Grace on Cc. */
const COMPOSE_HEADERS: OutgoingHeaders = {
  to: [
    { name: 'Ada Lovelace', email: 'ada@example.com' },
    { name: 'Zoë Ångström', email: 'zoe@example.com' },
  ],
  cc: [{ name: 'Grace Hopper', email: 'grace@example.com' }],
  subject: 'Retro notes — Payments platform — 5 Mar 2026',
};

/** Resolves when `outboxItem(id)` reaches `state` (checked now and on each listener call); rejects after `timeoutMs`. */
function waitForOutboxState(
  outboxItem: (id: string) => OutboxItemView,
  listeners: Set<() => void>,
): MailWorld['waitForState'] {
  return (id, state, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (outboxItem(id).state !== state) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Outbox item ${id} is ${outboxItem(id).state}, not ${state}, after ${timeoutMs} ms.`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
}

/** Wraps a harness as a MailWorld: records the retro's mail-log states on every 'outbox-changed' event. */
function trackWorld(engagement: Engagement, retro: Retro, clock: TestClock, harness: Harness): MailWorld {
  const logStates = new Map<string, MailLogEntry['state'][]>();
  const listeners = new Set<() => void>();
  const mailLog = () =>
    harness.services.retros.section(engagement.id).retros.find((r) => r.id === retro.id)?.mailLog ?? [];
  const sink: EventSink = (channel) => {
    if (channel !== 'outbox-changed') return;
    for (const entry of mailLog()) {
      if (entry.outboxId === null) continue;
      const seen = logStates.get(entry.outboxId) ?? [];
      if (seen[seen.length - 1] !== entry.state) logStates.set(entry.outboxId, [...seen, entry.state]);
    }
    for (const listener of listeners) listener();
  };
  harness.services.setEventSink(sink);
  const outboxItem = (id: string) => {
    const found = harness.services.mail.outbox.list().find((m) => m.id === id);
    if (!found) throw new Error(`outbox item ${id} is not in the outbox`);
    return found;
  };
  return {
    ...harness,
    clock,
    engagement,
    retro,
    headers: COMPOSE_HEADERS,
    logStates,
    mailLog,
    outboxItem,
    waitForState: waitForOutboxState(outboxItem, listeners),
  };
}

/** Creates the engagement (Ada and Grace with addresses, Alan without) and its retro of 5 Mar 2026 with notes. */
async function seedRetro(harness: Harness): Promise<{ engagement: Engagement; retro: Retro }> {
  const engagement = await harness.call(
    'engagements:create',
    validInput({
      people: [
        person({ id: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' }),
        person({ id: 'p-2', name: 'Grace Hopper', email: 'grace@example.com', role: 'host-pm' }),
        person({ id: 'p-3', name: 'Alan Turing', email: '', role: 'advisor' }),
      ],
    }),
  );
  const created = await harness.call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
  const retroId = created.id;
  await harness.call('retros:update', {
    engagementId: engagement.id,
    retroId,
    patch: {
      attendees: [
        { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
        { personId: 'p-3', name: 'Alan Turing', email: '' },
        { personId: null, name: 'Zoë Ångström', email: 'zoe@example.com' },
      ],
      mvpStatus: 'Billing MVP live for 10% of traffic',
    },
  });
  await harness.call('retros:saveNote', {
    engagementId: engagement.id,
    retroId,
    section: 'wentWell',
    doc: WENT_WELL,
  });
  await harness.call('retros:saveNote', {
    engagementId: engagement.id,
    retroId,
    section: 'doNextTime',
    doc: DO_NEXT_TIME,
  });
  const retro = (await harness.call('retros:list', { engagementId: engagement.id })).retros.find(
    (r) => r.id === retroId,
  );
  if (!retro) throw new Error('the retro was not created');
  return { engagement, retro };
}

/**
 * Opens services and SMTP servers that are stopped and closed after each test. Call at
 * describe level; the functions work inside a test.
 */
export function useMailWorlds(): {
  open(dataDir: string, options?: HarnessOptions): Promise<MailWorld>;
  reopen(dataDir: string, previous: MailWorld, options?: HarnessOptions): MailWorld;
  server(options?: TestSmtpServerOptions): Promise<TestSmtpServer>;
} {
  const harnesses: Harness[] = [];
  const servers: TestSmtpServer[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.services.mail.outbox.stop();
    for (const s of servers.splice(0)) await s.close();
  });

  return {
    open: async (dataDir, options = {}) => {
      const clock = options.clock ?? testClock('2026-03-05T16:00:00.000Z');
      const harness = openServices(dataDir, { mailRetryDelayMs: () => RETRY_DELAY_MS, ...options, clock });
      harnesses.push(harness);
      const { engagement, retro } = await seedRetro(harness);
      return trackWorld(engagement, retro, clock, harness);
    },
    reopen: (dataDir, previous, options = {}) => {
      const clock = options.clock ?? previous.clock;
      const harness = openServices(dataDir, { mailRetryDelayMs: () => RETRY_DELAY_MS, ...options, clock });
      harnesses.push(harness);
      return trackWorld(previous.engagement, previous.retro, clock, harness);
    },
    server: async (options = {}) => {
      const server = await startSmtpServer(options);
      servers.push(server);
      return server;
    },
  };
}
