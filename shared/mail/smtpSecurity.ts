import type { SmtpSecurity } from '../model/mail';

/** Shown in Settings › Mail, and as the reason an outbox message was not sent. */
export const PASSWORD_NEEDS_TLS =
  'Aux Desk sends an SMTP password only over TLS or STARTTLS: with security “None” it would cross the network in clear text. Choose TLS or STARTTLS, or delete the stored password. (“None” with a password is allowed only for a relay on this computer: localhost, 127.0.0.1, ::1.)';

const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * True for a host that never leaves this computer: localhost, 127.0.0.0/8, ::1. Only the
 * literal forms count (a first octet of exactly 127: `0177.0.0.1` may be read as octal).
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  const bare = name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = IPV4_LOOPBACK.exec(bare);
  return v4 !== null && v4.slice(1).every((octet) => Number(octet) <= 255);
}

/** AUTH without TLS to another machine: the password (AUTH PLAIN is base64) would go in clear. */
export function sendsPasswordInClear(smtp: { host: string; security: SmtpSecurity }, hasPassword: boolean): boolean {
  return hasPassword && smtp.security === 'none' && !isLoopbackHost(smtp.host);
}
