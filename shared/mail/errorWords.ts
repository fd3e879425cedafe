/**
 * What went wrong with an SMTP send, in words. The outbox keeps the raw reason (nodemailer's
 * message or the server's reply, e.g. "connect ECONNREFUSED 127.0.0.1:2525" or
 * "535 5.7.8 Authentication failed"); the Outbox shows this sentence and folds the raw text
 * away as the technical detail. Works on the stored text, so entries written by older
 * versions read the same way.
 */
export interface MailErrorWords {
  /** One sentence for the user: what happened and, where there is one, what to do. */
  summary: string;
  /** The raw reason, or null when the summary already is it (nothing to fold away). */
  detail: string | null;
}

interface Rule {
  test: RegExp;
  words: (server: string) => string;
}

// Order matters: a server reply "550 … Authentication required" is a refused recipient
// only when no earlier rule explains it better, and certificate errors mention "TLS" too.
const RULES: Rule[] = [
  {
    test: /\bECONNREFUSED\b/,
    words: (s) =>
      `Could not reach ${s}: the server refused the connection. Check the server name and port in Settings › Mail.`,
  },
  {
    test: /\b(ENOTFOUND|EAI_AGAIN)\b|getaddrinfo/,
    words: (s) => `Could not find ${s}: the name does not resolve. Check the server name, or your internet connection.`,
  },
  {
    test: /\b(ETIMEDOUT|ETIMEOUT)\b|Greeting never received|Connection timeout|timed? ?out/i,
    words: (s) => `${capital(s)} did not answer in time. It may be offline or a firewall may block the port.`,
  },
  {
    test: /\b(ECONNRESET|EPIPE)\b|Connection closed unexpectedly|socket hang up/i,
    words: (s) => `${capital(s)} closed the connection before the message was sent.`,
  },
  {
    test: /\b(EAUTH|ENOAUTH)\b|^\s*53[45]\b|Invalid login|authentication (failed|unsuccessful|credentials invalid)|Username and Password not accepted/i,
    words: (s) => `${capital(s)} did not accept the user name or password. Check them in Settings › Mail.`,
  },
  {
    test: /certificate|\bCERT_|SELF_SIGNED|UNABLE_TO_VERIFY|altnames/i,
    words: (s) =>
      `The security certificate of ${s} could not be trusted (expired, self-signed or for another name), so nothing was sent.`,
  },
  {
    test: /wrong version number|\bETLS\b|ssl3_get_record|packet length too long/i,
    words: (s) =>
      `A secure connection to ${s} could not be set up. Check the security setting (TLS or STARTTLS) matches the port.`,
  },
  {
    test: /^\s*55[0134]\b.*\b(recipient|mailbox|user unknown|no such user|does not exist|rcpt)\b|^\s*55\d[ -]5\.1\.\d/i,
    words: (s) => `${capital(s)} refused a recipient: the address may be mistyped or no longer exist.`,
  },
  {
    test: /^\s*552\b|\b5\.3\.4\b|message (size|too (big|large))/i,
    words: (s) => `${capital(s)} refused the message as too large.`,
  },
  {
    test: /^\s*5\d\d\b/,
    words: (s) => `${capital(s)} refused the message.`,
  },
  {
    test: /^\s*4\d\d\b/,
    words: (s) => `${capital(s)} is busy or asked to try later.`,
  },
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `host`: the SMTP server as set up (null when unknown: "the mail server"). */
export function mailErrorInWords(raw: string, host: string | null): MailErrorWords {
  const server = host && host.trim() !== '' ? host.trim() : 'the mail server';
  // "Gave up after 50 attempts: <reason>": the words for the reason, the count kept in front.
  const gaveUp = /^(Gave up after \d+ attempts): ([\s\S]*)$/.exec(raw);
  const reason = gaveUp?.[2] ?? raw;
  const rule = RULES.find((r) => r.test.test(reason));
  if (!rule) return { summary: raw, detail: null };
  const words = rule.words(server);
  return { summary: gaveUp ? `${gaveUp[1]}. ${words}` : words, detail: raw };
}
