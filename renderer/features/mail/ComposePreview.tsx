import { useState } from 'react';
import type { Compose } from '../../store/mailSlice';
import { MailPreview } from './MailPreview';

/** The mail as it will go: rich text as a mail client shows it, or the plain-text part. */
export function ComposePreview({ compose }: { compose: Compose }) {
  const [showText, setShowText] = useState(false);
  return (
    <div className="compose__preview">
      <div className="compose__preview-bar">
        <span className="field__label">Preview</span>
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={showText}
          onClick={() => setShowText(!showText)}
        >
          {showText ? 'Show rich text' : 'Show plain text'}
        </button>
      </div>
      {showText ? (
        <pre className="mail-text" aria-label="Plain-text preview" tabIndex={0}>
          {compose.text}
        </pre>
      ) : (
        <MailPreview html={compose.html} label="Preview of the email" />
      )}
    </div>
  );
}
