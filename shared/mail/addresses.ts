import { z } from 'zod';
import { hasControlChars } from '../text';

/** Anything that ends up in a mail header: no control characters, tab and line breaks included (header injection). */
export const headerText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .refine((s) => !hasControlChars(s), { message: `${label} cannot contain line breaks or control characters.` });

export const MailAddressSchema = z
  .object({
    name: headerText('The name', 120),
    email: headerText('The address', 254).pipe(z.email({ message: 'This is not a valid email address.' })),
  })
  .strict();
export type MailAddress = z.infer<typeof MailAddressSchema>;

/** What the user may change before a retro's notes go out; the body is built by main from the retro. */
export const OutgoingHeadersSchema = z
  .object({
    to: z.array(MailAddressSchema).min(1, 'Add at least one recipient with an email address.').max(200),
    cc: z.array(MailAddressSchema).max(200),
    subject: headerText('The subject', 250).pipe(z.string().min(1, 'Enter a subject.')),
  })
  .strict();
export type OutgoingHeaders = z.infer<typeof OutgoingHeadersSchema>;

export type ParsedAddresses = { ok: true; addresses: MailAddress[] } | { ok: false; error: string };

/** Splits at commas and semicolons outside double quotes: "Lovelace, Ada" <ada@example.com> is one entry. */
function splitAddressList(input: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of input) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Parses "Zoë Ångström <zoe@example.com>, kenji@example.com" as typed in a Cc field. */
export function parseAddressList(input: string): ParsedAddresses {
  if (hasControlChars(input))
    return { ok: false, error: 'Addresses cannot contain line breaks or control characters.' };
  const parts = splitAddressList(input)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const addresses: MailAddress[] = [];
  for (const part of parts) {
    const match = /^(?:"?([^"<>]*?)"?\s*)?<([^<>\s]+)>$/.exec(part);
    const candidate = match ? { name: (match[1] ?? '').trim(), email: match[2] ?? '' } : { name: '', email: part };
    const parsed = MailAddressSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, error: `“${part}” is not a valid email address.` };
    addresses.push(parsed.data);
  }
  return { ok: true, addresses };
}

export function formatAddress(address: MailAddress): string {
  return address.name ? `${address.name} <${address.email}>` : address.email;
}
