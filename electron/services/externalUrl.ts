/** Only web pages and mail drafts may leave the app; everything else is refused. */
export function safeExternalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.hostname !== '') return url;
  if (url.protocol === 'mailto:') return url;
  return null;
}
