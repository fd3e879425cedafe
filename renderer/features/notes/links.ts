import { SAFE_LINK_RE } from '../../../shared/model/note';

/** Turns what the user typed into a link we allow, or null. */
export function normalizeLink(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (SAFE_LINK_RE.test(value)) return value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) return `https://${value}`;
  return null;
}
