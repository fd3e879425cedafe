import { useEffect } from 'react';
import { ProblemsBanner } from './components/ProblemsBanner';
import { Toasts } from './components/Toasts';
import { EngagementList } from './features/engagements/EngagementList';
import { EngagementPage, NewEngagementPage } from './features/engagements/EngagementPage';
import { PlannerPage } from './features/planner/PlannerPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { useAppStore } from './store';
import { hasUnsavedChanges } from './store/engagementsSlice';
import { ENGAGEMENT_SECTIONS, type View } from './store/uiSlice';

export function App() {
  const view = useAppStore((s) => s.view);
  const unsaved = useAppStore(hasUnsavedChanges);

  // Closing the window with unsaved input asks first (Electron shows a dialog for this).
  useEffect(() => {
    if (!unsaved) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [unsaved]);

  return (
    <div className="shell">
      <Sidebar />
      <main className="shell__main" id="main">
        <ProblemsBanner />
        <Screen view={view} />
      </main>
      <Toasts />
    </div>
  );
}

function Screen({ view }: { view: View }) {
  switch (view.kind) {
    case 'list':
      return <EngagementList />;
    case 'new':
      return <NewEngagementPage />;
    case 'settings':
      return <SettingsPage />;
    case 'planner':
      return <PlannerPage />;
    case 'engagement':
      return <EngagementPage id={view.id} section={view.section} />;
  }
}

function Sidebar() {
  const view = useAppStore((s) => s.view);
  const navigate = useAppStore((s) => s.navigate);
  const engagement = useAppStore((s) => (view.kind === 'engagement' ? s.engagements[view.id] : undefined));
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          A
        </span>
        Aux Desk
      </div>
      <ul className="sidebar__nav">
        <li>
          <button
            type="button"
            className="sidebar__item"
            aria-current={view.kind === 'list' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'list' })}
          >
            Engagements
          </button>
        </li>
        <li>
          <button
            type="button"
            className="sidebar__item"
            aria-current={view.kind === 'planner' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'planner' })}
          >
            Week planner
          </button>
        </li>
        <li>
          <button
            type="button"
            className="sidebar__item"
            aria-current={view.kind === 'settings' ? 'page' : undefined}
            onClick={() => navigate({ kind: 'settings' })}
          >
            Settings
          </button>
        </li>
      </ul>
      {view.kind === 'engagement' && engagement ? (
        <div className="sidebar__group">
          <h2 className="sidebar__heading" title={engagement.name}>
            {engagement.name}
          </h2>
          <ul className="sidebar__nav">
            {ENGAGEMENT_SECTIONS.map((section) => (
              <li key={section.id}>
                <button
                  type="button"
                  className="sidebar__item"
                  aria-current={isCurrent(view.section, section.id) ? 'page' : undefined}
                  onClick={() => navigate({ kind: 'engagement', id: view.id, section: section.id })}
                >
                  {section.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  );
}

function isCurrent(current: string, candidate: string): boolean {
  return current === candidate;
}
