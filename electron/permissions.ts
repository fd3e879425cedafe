import type { Session } from 'electron';

/**
 * What web content may ask Chromium for. Aux Desk uses none of it: notifications, the
 * clipboard and files go through the main process, never through a web permission. So
 * this is empty, and every request and check is refused (Electron grants all by default).
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function permissionPolicy(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/** The part of Electron's Session this sets up; tests pass a recorder. */
export type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

/** Installs the policy on a session: requests, checks, devices (HID, serial, USB) and screen capture. */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionPolicy(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionPolicy(permission));
  session.setDevicePermissionHandler(() => false);
  // No stream: getDisplayMedia() is refused.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
