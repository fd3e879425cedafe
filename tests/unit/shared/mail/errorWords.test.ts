import { describe, expect, it } from 'vitest';
import { mailErrorInWords } from '../../../../shared/mail/errorWords';

const HOST = 'mail.example.com';

describe('mailErrorInWords', () => {
  // The raw reasons as nodemailer and Node word them (message, or the server's reply).
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:2525', 'Could not reach mail.example.com: the server refused the connection.'],
    ['getaddrinfo ENOTFOUND mail.example.com', 'Could not find mail.example.com: the name does not resolve.'],
    ['getaddrinfo EAI_AGAIN mail.example.com', 'Could not find mail.example.com'],
    ['connect ETIMEDOUT 10.0.0.1:587', 'Mail.example.com did not answer in time.'],
    ['Greeting never received', 'Mail.example.com did not answer in time.'],
    ['Connection timeout', 'Mail.example.com did not answer in time.'],
    ['read ECONNRESET', 'Mail.example.com closed the connection before the message was sent.'],
    ['Connection closed unexpectedly', 'Mail.example.com closed the connection'],
    ['535 5.7.8 Authentication failed', 'Mail.example.com did not accept the user name or password.'],
    ['Invalid login: 535 5.7.8 Error: authentication failed', 'did not accept the user name or password'],
    ['self-signed certificate', 'The security certificate of mail.example.com could not be trusted'],
    ['unable to verify the first certificate', 'could not be trusted'],
    [
      "Hostname/IP does not match certificate's altnames: Host: x. is not in the cert's altnames",
      'could not be trusted',
    ],
    ['certificate has expired', 'could not be trusted'],
    [
      'C0A7F3E2:error:0A00010B:SSL routines:ssl3_get_record:wrong version number',
      'A secure connection to mail.example.com could not be set up.',
    ],
    [
      '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown',
      'Mail.example.com refused a recipient',
    ],
    ['553 5.1.3 Invalid mailbox', 'refused a recipient'],
    ['552 5.3.4 Message size exceeds fixed limit', 'Mail.example.com refused the message as too large.'],
    ['554 5.7.1 Rejected by policy', 'Mail.example.com refused the message.'],
    ['421 4.7.0 Try again later', 'Mail.example.com is busy or asked to try later.'],
  ])('%j reads as words, the raw text kept as the detail', (raw, words) => {
    const { summary, detail } = mailErrorInWords(raw, HOST);
    expect(summary).toContain(words);
    expect(summary).not.toContain(raw);
    expect(detail).toBe(raw);
  });

  it('names "the mail server" when the host is not known', () => {
    expect(mailErrorInWords('connect ECONNREFUSED 127.0.0.1:25', null).summary).toMatch(
      /^Could not reach the mail server: the server refused/,
    );
    expect(mailErrorInWords('read ECONNRESET', '  ').summary).toMatch(/^The mail server closed/);
  });

  it('keeps the attempt count of a message given up on', () => {
    const raw = 'Gave up after 50 attempts: connect ECONNREFUSED 127.0.0.1:2525';
    expect(mailErrorInWords(raw, HOST)).toEqual({
      summary:
        'Gave up after 50 attempts. Could not reach mail.example.com: the server refused the connection. Check the server name and port in Settings › Mail.',
      detail: raw,
    });
  });

  it.each([
    'Waiting: no SMTP server is set up.',
    'Not delivered to b@example.com (550 5.1.1 User unknown); the other recipients got it.',
    'Something nobody has seen before',
  ])('leaves text that is already words, or unknown, as it is: %j', (raw) => {
    expect(mailErrorInWords(raw, HOST)).toEqual({ summary: raw, detail: null });
  });
});
