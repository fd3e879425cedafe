import { spawnSync } from 'node:child_process';
import PostalMime, { type Address, type Email } from 'postal-mime';
import { z } from 'zod';

/**
 * Two independent MIME parsers for messages we build: postal-mime (JavaScript) and Python's
 * standard-library `email` package (policy.default, the modern RFC 5322/6532 parser).
 */

export interface ParsedAddress {
  name: string;
  email: string;
}

/** The message as one parser understood it. */
export interface ParsedMessage {
  contentType: string;
  from: ParsedAddress[] | null;
  to: ParsedAddress[] | null;
  cc: ParsedAddress[] | null;
  bcc: ParsedAddress[] | null;
  subject: string | null;
  messageId: string | null;
  /** ISO 8601, UTC. */
  date: string | null;
  xUnsent: string | null;
  text: string | null;
  html: string | null;
}

/** CRLF to LF: the text parts are compared as text, not as wire bytes. */
export function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

function mailboxes(list: Address[] | Address | undefined): ParsedAddress[] | null {
  if (list === undefined) return null;
  const flat = (Array.isArray(list) ? list : [list]).flatMap((a) => (a.group ? a.group : [a]));
  return flat.map((a) => ({ name: a.name, email: a.address }));
}

function header(email: Email, key: string): string | null {
  return email.headers.find((h) => h.key === key)?.value ?? null;
}

/**
 * postal-mime keeps the CRLF that precedes a boundary (RFC 2046 §5.1.1 makes it part of the
 * delimiter) as a trailing newline of the part; drop that one newline.
 */
function withoutDelimiterNewline(text: string | undefined): string | null {
  if (text === undefined) return null;
  const normal = lf(text);
  return normal.endsWith('\n') ? normal.slice(0, -1) : normal;
}

export async function parseWithPostalMime(raw: Buffer): Promise<ParsedMessage & { attachments: number }> {
  const email = await PostalMime.parse(raw);
  const contentType = (header(email, 'content-type') ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? '';
  return {
    contentType,
    attachments: email.attachments.length,
    from: mailboxes(email.from),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    subject: email.subject ?? null,
    messageId: email.messageId ?? null,
    date: email.date ? new Date(email.date).toISOString() : null,
    xUnsent: header(email, 'x-unsent'),
    text: withoutDelimiterNewline(email.text),
    html: withoutDelimiterNewline(email.html),
  };
}

const PYTHON_PARSER = String.raw`
import json, sys
from datetime import timezone
from email import policy
from email.parser import BytesParser

msg = BytesParser(policy=policy.default).parsebytes(sys.stdin.buffer.read())

def addresses(name):
    value = msg[name]
    if value is None:
        return None
    return [{"name": a.display_name, "email": a.addr_spec} for a in value.addresses]

def body(kind):
    part = msg.get_body(preferencelist=(kind,))
    return None if part is None else part.get_content()

date = msg["Date"]
defects = [type(d).__name__ for part in msg.walk() for d in part.defects]
json.dump({
    "contentType": msg.get_content_type(),
    "parts": [p.get_content_type() for p in msg.iter_parts()] if msg.is_multipart() else [],
    "from": addresses("From"),
    "to": addresses("To"),
    "cc": addresses("Cc"),
    "bcc": addresses("Bcc"),
    "subject": None if msg["Subject"] is None else str(msg["Subject"]),
    "messageId": None if msg["Message-ID"] is None else str(msg["Message-ID"]),
    "date": None if date is None else date.datetime.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    "xUnsent": None if msg["X-Unsent"] is None else str(msg["X-Unsent"]),
    "text": body("plain"),
    "html": body("html"),
    "defects": defects,
}, sys.stdout, ensure_ascii=False)
`;

const AddressList = z.array(z.object({ name: z.string(), email: z.string() })).nullable();
const PythonResult = z.object({
  contentType: z.string(),
  parts: z.array(z.string()),
  from: AddressList,
  to: AddressList,
  cc: AddressList,
  bcc: AddressList,
  subject: z.string().nullable(),
  messageId: z.string().nullable(),
  date: z.string().nullable(),
  xUnsent: z.string().nullable(),
  text: z.string().nullable(),
  html: z.string().nullable(),
  defects: z.array(z.string()),
});

/**
 * Python's `email` package, in a child process: also the content types of the top-level
 * parts, in order, and the defects the parser noticed.
 */
export function parseWithPython(raw: Buffer): ParsedMessage & { parts: string[]; defects: string[] } {
  const run = spawnSync('python3', ['-c', PYTHON_PARSER], { input: raw, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`python3 failed (${String(run.status)}): ${run.stderr.toString('utf8')}`);
  const parsed = PythonResult.parse(JSON.parse(run.stdout.toString('utf8')));
  return {
    ...parsed,
    text: parsed.text === null ? null : lf(parsed.text),
    html: parsed.html === null ? null : lf(parsed.html),
  };
}
