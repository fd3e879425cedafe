import type { ReactNode } from 'react';

/** The Settings page's sections, in page order: the table of contents lists them. */
export const SETTINGS_SECTIONS = [
  { id: 'settings-general', title: 'General' },
  { id: 'settings-engagements', title: 'Engagements & planner' },
  { id: 'settings-retros', title: 'Retros & timer' },
  { id: 'settings-mail', title: 'Mail' },
  // Settings › Team (features/team/TeamSettings.tsx) heads its own section with this id.
  { id: 'settings-team', title: 'Team' },
] as const;
export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/** A top-level section of the Settings page, a target of its table of contents. */
export function SettingsSection({ id, children }: { id: SettingsSectionId; children: ReactNode }) {
  const title = SETTINGS_SECTIONS.find((s) => s.id === id)?.title ?? '';
  return (
    <section className="form__section settings-section" aria-labelledby={id}>
      <h2 id={id} className="form__section-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A group of settings inside a section ("Engagements", "Retro timer"): a region of its own, named by its heading. */
export function SettingsGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form__section" aria-labelledby={id}>
      <h3 id={id} className="form__subsection-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
