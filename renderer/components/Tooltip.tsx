import { useId, useState, type ReactNode } from 'react';

interface TooltipProps {
  /** The tooltip's first line, usually the control's name (none where the name is in view). */
  label?: string;
  /** The keys that do the same, read out as the control's description. */
  keys?: string | undefined;
  /** The control, given the id of its description (undefined when there are no keys). */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * A tooltip that shows on hover and on keyboard focus (:focus-visible), unlike a title
 * attribute, which only a mouse ever sees. Esc hides it until the pointer or the focus
 * leaves (WCAG 1.4.13: dismissible without moving). The keys are the control's
 * aria-describedby; the name stays its own aria-label.
 */
export function Tooltip({ label, keys, children }: TooltipProps) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  const describedBy = keys ? `${id}-keys` : undefined;
  return (
    <span
      className={`tooltip-anchor ${dismissed ? 'tooltip-anchor--dismissed' : ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !dismissed) setDismissed(true);
      }}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
    >
      {children(describedBy)}
      <span className="tooltip" role="tooltip" id={id}>
        {label}
        {keys ? (
          <span className="tooltip__keys" id={describedBy}>
            {keys}
          </span>
        ) : null}
      </span>
    </span>
  );
}
