import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GitHttpServer {
  /** The clone URL of the bare repository `name` under the root. */
  url(name: string): string;
  /** A new empty bare repository `name` (branch main, pushes allowed); returns its path. */
  createBare(name: string): string;
  /** Takes the server down: later requests fail as if offline. */
  stop(): Promise<void>;
  /** Brings it back on the same port. */
  restart(): Promise<void>;
}

export interface GitHttpServerOptions {
  /** Require HTTP Basic auth with these credentials (401 otherwise). */
  auth?: { user: string; pass: string };
}

/** The server's own git reads no config of the machine's. */
const SERVER_GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, LC_ALL: 'C' };

/** A bare repository for `file://` remotes (branch main); returns its URL. */
export function bareRepo(dir: string): string {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir], {
    env: { ...process.env, ...SERVER_GIT_ENV },
    stdio: 'pipe',
  });
  return pathToFileURL(dir).href;
}

/** A real git smart-HTTP server on 127.0.0.1: `git http-backend` run as CGI for every request. */
export async function startGitHttpServer(root: string, options: GitHttpServerOptions = {}): Promise<GitHttpServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => serveCgi(root, options, request, response));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    createBare: (name) => {
      const dir = path.join(root, name);
      bareRepo(dir);
      execFileSync('git', ['config', 'http.receivepack', 'true'], {
        cwd: dir,
        env: { ...process.env, ...SERVER_GIT_ENV },
      });
      return dir;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        // Keep-alive connections would keep it half up.
        for (const socket of sockets) socket.destroy();
      }),
    restart: () => (server.listening ? Promise.resolve() : listen(port)),
  };
}

function authorized(options: GitHttpServerOptions, request: http.IncomingMessage): boolean {
  if (options.auth === undefined) return true;
  const expected = Buffer.from(`${options.auth.user}:${options.auth.pass}`).toString('base64');
  return request.headers.authorization === `Basic ${expected}`;
}

function serveCgi(
  root: string,
  options: GitHttpServerOptions,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): void {
  if (!authorized(options, request)) {
    response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const backend = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      ...SERVER_GIT_ENV,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: request.method ?? 'GET',
      CONTENT_TYPE: header('content-type'),
      CONTENT_LENGTH: header('content-length'),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      HTTP_GIT_PROTOCOL: header('git-protocol'),
      REMOTE_ADDR: request.socket.remoteAddress ?? '127.0.0.1',
      REMOTE_USER: options.auth?.user ?? '',
      SERVER_PROTOCOL: `HTTP/${request.httpVersion}`,
      GATEWAY_INTERFACE: 'CGI/1.1',
    },
  });
  request.pipe(backend.stdin);
  backend.stdin.on('error', () => undefined);
  backend.stderr.resume();
  backend.on('error', () => response.writeHead(500).end());
  pipeCgiResponse(backend.stdout, response);
}

/** CGI output: header lines (`Status:` among them) up to a blank line, then the body as it comes. */
function pipeCgiResponse(stdout: NodeJS.ReadableStream, response: http.ServerResponse): void {
  let head = Buffer.alloc(0);
  let bodyStarted = false;
  stdout.on('data', (chunk: Buffer) => {
    if (bodyStarted) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const crlf = head.indexOf('\r\n\r\n');
    const lf = head.indexOf('\n\n');
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1;
    if (end < 0) return;
    bodyStarted = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.writeHead(status);
    response.write(head.subarray(end));
  });
  stdout.on('end', () => {
    if (!bodyStarted) response.writeHead(502);
    response.end();
  });
}
