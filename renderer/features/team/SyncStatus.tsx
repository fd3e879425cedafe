import { useId, useState } from 'react';
import { formatDayTime } from '../../../shared/dates';
import { useAppStore } from '../../store';
import { syncWords } from './syncWords';
import { showConflicts, syncWithTeam } from './teamSync';
import './team.css';

const formatMoment = (iso: string) => formatDayTime(new Date(iso));

/**
 * The team workspace's sync status, always in view at the foot of the sidebar (hidden with no
 * workspace). A pill with a glyph and words; its sentence (why a sync failed, when it last ran)
 * shows on hover and keyboard focus. The whole is a live region: a change is read out.
 * Clicking syncs, or opens the conflict view when there is a conflict.
 */
export function SyncStatus() {
  const status = useAppStore((s) => s.team);
  const detailId = useId();
  // Esc hides the sentence until the pointer or the focus leaves (WCAG 1.4.13), as Tooltip does.
  const [dismissed, setDismissed] = useState(false);
  const words = syncWords(status, formatMoment);
  if (!words) return null;
  const busy = words.click === 'none';
  const sentence = words.clickHint ? `${words.detail} ${words.clickHint}` : words.detail;
  return (
    <div
      className={`sync-status ${dismissed ? 'sync-status--dismissed' : ''}`}
      role="status"
      aria-label="Sync status"
      aria-atomic="true"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDismissed(true);
      }}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
    >
      <button
        type="button"
        className={`sync-pill sync-pill--${words.tone}`}
        aria-describedby={detailId}
        aria-disabled={busy ? 'true' : undefined}
        aria-haspopup={words.click === 'conflicts' ? 'dialog' : undefined}
        onClick={() => {
          if (words.click === 'conflicts') showConflicts();
          else if (words.click === 'sync') void syncWithTeam();
        }}
      >
        <span className={`sync-pill__icon ${busy ? 'sync-pill__icon--spin' : ''}`} aria-hidden="true">
          {words.icon}
        </span>
        <span className="sync-pill__label">{words.label}</span>
      </button>
      {/* Read with the pill and announced when it changes; the tip shows the same sentence to the eye. */}
      <span id={detailId} className="visually-hidden">
        {sentence}
      </span>
      <span className="sync-status__detail" aria-hidden="true">
        {sentence}
      </span>
    </div>
  );
}
