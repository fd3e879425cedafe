import DOMPurify from 'dompurify';
import { useEffect, useRef } from 'react';

/**
 * Shows the mail's HTML part as a mail client would. The CSP forbids inline style
 * attributes in our page, so the mail's inline styles are applied through the CSSOM
 * (allowed) after the markup is sanitised and imported.
 */
export function MailPreview({ html, label }: { html: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const clean = DOMPurify.sanitize(html, {
      FORBID_TAGS: ['style', 'script', 'img', 'link', 'iframe'],
      ALLOW_DATA_ATTR: false,
    });
    const doc = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
    const styles: string[] = [];
    doc.body.querySelectorAll('[style]').forEach((el) => {
      el.setAttribute('data-mail-style', String(styles.length));
      styles.push(el.getAttribute('style') ?? '');
      el.removeAttribute('style');
    });
    target.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
    target.querySelectorAll<HTMLElement>('[data-mail-style]').forEach((el) => {
      el.style.cssText = styles[Number(el.getAttribute('data-mail-style'))] ?? '';
      el.removeAttribute('data-mail-style');
    });
  }, [html]);
  // Focusable so the preview can be scrolled with the keyboard.
  return <div ref={host} className="mail-preview" role="document" aria-label={label} tabIndex={0} />;
}
