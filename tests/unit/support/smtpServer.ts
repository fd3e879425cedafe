import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the server received it: the SMTP envelope and the raw bytes. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A rejection the server answers with, at recipient or at data time. */
export interface Rejection {
  at: 'rcpt' | 'data';
  code: number;
  message: string;
  /** At RCPT time: refuse only this recipient. */
  only?: string;
}

export interface TestSmtpServerOptions {
  /** Listen on this port (to bring a "down" server back up); 0 picks a free one. */
  port?: number;
  /** The address to listen on: 127.0.0.1 unless given (another interface: a server on the network). */
  host?: string;
  /** Require AUTH with these credentials; without it, no AUTH is offered. */
  auth?: { user: string; pass: string };
  /** Rejects every recipient or every message while set; can be changed while running. */
  reject?: Rejection | null;
}

/** A real SMTP server (smtp-server), on 127.0.0.1 by default, that keeps what it receives. */
export interface TestSmtpServer {
  readonly port: number;
  readonly received: ReceivedMessage[];
  /** RCPT TO commands seen, accepted or not: one per recipient per attempt. */
  readonly rcptAttempts: number;
  /** AUTH attempts seen, right password or not. */
  readonly authAttempts: number;
  /** Messages whose DATA was refused. */
  readonly rejectedData: number;
  reject: Rejection | null;
  /** Resolves once `count` messages have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** What a running server has seen and what it refuses, shared by its handlers and its TestSmtpServer face. */
interface ServerRecord {
  received: ReceivedMessage[];
  waiters: { count: number; resolve: () => void }[];
  counts: { rcpt: number; auth: number; rejectedData: number };
  state: { reject: Rejection | null };
}

/** An smtp-server that counts attempts, refuses per `record.state.reject` and keeps the messages it accepts. */
function recordingServer(auth: TestSmtpServerOptions['auth'], record: ServerRecord): SMTPServer {
  const { received, waiters, counts, state } = record;
  return new SMTPServer({
    logger: false,
    secure: false,
    // Loopback without TLS: the app's "None (local relays only)" security.
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    closeTimeout: 2_000,
    onAuth(attempt, _session, callback) {
      counts.auth += 1;
      if (auth && attempt.username === auth.user && attempt.password === auth.pass)
        callback(null, { user: attempt.username });
      else callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
    },
    onRcptTo(address, _session, callback) {
      counts.rcpt += 1;
      const reject = state.reject;
      if (reject?.at === 'rcpt' && (reject.only === undefined || reject.only === address.address))
        callback(smtpError(reject.code, reject.message));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const reject = state.reject;
        if (reject?.at === 'data') {
          counts.rejectedData += 1;
          callback(smtpError(reject.code, reject.message));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
        callback();
      });
    },
  });
}

function listen(server: SMTPServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
}

function messageWaiter({ received, waiters }: ServerRecord): TestSmtpServer['waitForMessages'] {
  return (count, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      if (received.length >= count) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        reject(new Error(`The SMTP server got ${received.length} of ${count} messages within ${timeoutMs} ms.`));
      }, timeoutMs);
      waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
}

export async function startSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const record: ServerRecord = {
    received: [],
    waiters: [],
    counts: { rcpt: 0, auth: 0, rejectedData: 0 },
    state: { reject: options.reject ?? null },
  };
  const { counts, state } = record;
  const server = recordingServer(options.auth, record);
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    received: record.received,
    get rcptAttempts() {
      return counts.rcpt;
    },
    get authAttempts() {
      return counts.auth;
    },
    get rejectedData() {
      return counts.rejectedData;
    },
    get reject() {
      return state.reject;
    },
    set reject(next) {
      state.reject = next;
    },
    waitForMessages: messageWaiter(record),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on: a server was started there and closed. */
export async function closedPort(): Promise<number> {
  const server = await startSmtpServer();
  await server.close();
  return server.port;
}
