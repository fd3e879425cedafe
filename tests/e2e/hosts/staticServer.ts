import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, mimeType, resolveRendererFile } from '../../../electron/services/rendererFiles';

/**
 * Serves the built renderer on 127.0.0.1 the way the app:// protocol handler does
 * (same path rules, same CSP header): module scripts do not load from file:// in Chromium.
 */
export async function serveRenderer(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveRendererFile(root, url.pathname);
    if (!file) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    fs.readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': mimeType(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
