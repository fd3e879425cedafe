import { describe, expect, it } from 'vitest';
import { isLoopbackHost, sendsPasswordInClear } from '../../../../shared/mail/smtpSecurity';

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    '127.0.0.1',
    '127.1.2.3',
    '127.255.255.255',
    '[::1]',
    '::1',
    '[0:0:0:0:0:0:0:1]',
  ])('%j stays on this computer', (host) => expect(isLoopbackHost(host)).toBe(true));

  it.each([
    'smtp.example.com',
    'localhost.example.com',
    'mylocalhost',
    '128.0.0.1',
    '126.255.255.255',
    '10.0.0.1',
    '192.168.1.10',
    '0177.0.0.1',
    '127.0.0.256',
    '127.0.0',
    '[::2]',
    '[fe80::1]',
    '[::ffff:8.8.8.8]',
    '0.0.0.0',
  ])('%j does not', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('sendsPasswordInClear', () => {
  it('is true only for a password, without TLS, to another machine', () => {
    expect(sendsPasswordInClear({ host: 'smtp.example.com', security: 'none' }, true)).toBe(true);
    expect(sendsPasswordInClear({ host: 'smtp.example.com', security: 'none' }, false)).toBe(false);
    expect(sendsPasswordInClear({ host: 'smtp.example.com', security: 'starttls' }, true)).toBe(false);
    expect(sendsPasswordInClear({ host: 'smtp.example.com', security: 'tls' }, true)).toBe(false);
    expect(sendsPasswordInClear({ host: '127.0.0.1', security: 'none' }, true)).toBe(false);
  });
});
