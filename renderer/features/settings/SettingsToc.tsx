import type { MouseEvent } from 'react';
import { SETTINGS_SECTIONS } from './SettingsSection';
import { SettingsSaveStatus } from './SettingsSaveStatus';

/**
 * "On this page": the Settings page's sections, and how its saving is going. A link scrolls
 * to its section and moves focus to the heading, so the keyboard carries on from there; it
 * does not touch the address (the app does not route by it).
 */
export function SettingsToc() {
  const go = (event: MouseEvent, id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    // The Team section's heading (TeamSettings) is not focusable by itself.
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };
  return (
    <aside className="settings-toc">
      <nav aria-label="On this page">
        <p className="settings-toc__title" aria-hidden="true">
          On this page
        </p>
        <ul className="settings-toc__list">
          {SETTINGS_SECTIONS.map((section) => (
            <li key={section.id}>
              <a className="settings-toc__link" href={`#${section.id}`} onClick={(e) => go(e, section.id)}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SettingsSaveStatus />
    </aside>
  );
}
