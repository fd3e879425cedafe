import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyPermissions, permissionPolicy, type PermissionSession } from '../../../electron/permissions';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type DisplayHandler = NonNullable<Parameters<Session['setDisplayMediaRequestHandler']>[0]>;
type Permission = Parameters<RequestHandler>[1];

/** Every permission Electron 45 names (its Session typings), the ones the renderer could ask for. */
const PERMISSIONS: Permission[] = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];

/** Electron's session at the boundary: records the handlers it is given. */
function recordingSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler; display?: DisplayHandler } =
    {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (h) => void (handlers.request = h ?? undefined),
    setPermissionCheckHandler: (h) => void (handlers.check = h ?? undefined),
    setDevicePermissionHandler: (h) => void (handlers.device = h ?? undefined),
    setDisplayMediaRequestHandler: (h) => void (handlers.display = h ?? undefined),
  };
  return { session, handlers };
}

const contents = {} as Electron.WebContents;

describe('web permissions', () => {
  it('grants none: the app asks Chromium for nothing (notifications and the clipboard go through main)', () => {
    for (const permission of PERMISSIONS) expect(permissionPolicy(permission)).toBe(false);
  });

  it('installs a handler for requests, checks, devices and screen capture, and each refuses', () => {
    const { session, handlers } = recordingSession();
    denyPermissions(session);
    const { request, check, device, display } = handlers;
    if (!request || !check || !device || !display) throw new Error('a handler is missing');

    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      request(contents, permission, (granted) => answers.push(granted), {
        requestingUrl: 'app://aux-desk/index.html',
        isMainFrame: true,
      });
      expect(answers, permission).toEqual([false]);
      expect(
        check(contents, permission, 'app://aux-desk', { requestingUrl: 'app://aux-desk/index.html' } as never),
        permission,
      ).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://aux-desk', device: {} } as never)).toBe(false);
    const streams: unknown[] = [];
    display({} as never, (s) => streams.push(s));
    expect(streams).toEqual([null]);
  });
});
