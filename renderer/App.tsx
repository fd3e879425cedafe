import { Suspense, useEffect, type ReactNode } from 'react';
import { LoadState } from './components/LoadState';
import { ProblemsBanner } from './components/ProblemsBanner';
import { Tooltip } from './components/Tooltip';
import { chordText } from '../shared/shortcuts';
import { Toasts } from './components/Toasts';
import { KeyboardLayer } from './features/keyboard/KeyboardLayer';
import { CommandPalette } from './features/palette/CommandPalette';
import { SearchFocus } from './features/search/SearchFocus';
import { SyncStatus } from './features/team/SyncStatus';
import { TeamLayer } from './features/team/TeamLayer';
import { useTheme } from './features/settings/useTheme';
import { SCREENS } from '../shared/screens';
import { EngagementPage, NewEngagementPage } from './features/engagements/EngagementPage';
import { RetroPage } from './lazyPages';
import { SCREEN_COMPONENTS } from './screens';
import { useAppStore } from './store';
import { hasUnsavedChanges } from './store/engagementsSlice';
import { ENGAGEMENT_SECTIONS, isScreenView, type View } from './store/uiSlice';

export function App() {
  const view = useAppStore((s) => s.view);
  const unsaved = useAppStore(hasUnsavedChanges);
  useTheme();

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
        <Suspense fallback={<LoadState />}>
          <Screen view={view} />
        </Suspense>
      </main>
      <Toasts />
      <CommandPalette />
      <KeyboardLayer />
      <SearchFocus />
      <TeamLayer />
    </div>
  );
}

function Screen({ view }: { view: View }) {
  if (isScreenView(view)) {
    // A top-level screen: shared/screens.ts lists them, renderer/screens.ts has their components.
    const Page = SCREEN_COMPONENTS[view.kind];
    return <Page />;
  }
  switch (view.kind) {
    case 'new':
      return <NewEngagementPage />;
    case 'engagement':
      return <EngagementPage id={view.id} section={view.section} />;
    case 'retro':
      return (
        <RetroPage
          key={view.retroId}
          engagementId={view.engagementId}
          retroId={view.retroId}
          readOnly={view.readOnly ?? false}
          compose={view.compose ?? false}
        />
      );
  }
}

function Sidebar() {
  const view = useAppStore((s) => s.view);
  const navigate = useAppStore((s) => s.navigate);
  const engagementId = view.kind === 'engagement' ? view.id : view.kind === 'retro' ? view.engagementId : null;
  const current =
    view.kind === 'engagement' ? view.section : view.kind === 'retro' ? (view.readOnly ? 'timeline' : 'retros') : null;
  const engagement = useAppStore((s) => (engagementId ? s.engagements[engagementId] : undefined));
  const waiting = useAppStore(
    (s) => s.outbox.filter((m) => m.state === 'queued' || m.state === 'sending' || m.state === 'failed').length,
  );
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          A
        </span>
        Aux Desk
      </div>
      <ul className="sidebar__nav">
        {SCREENS.map((screen) => (
          <NavItem
            key={screen.id}
            current={view.kind === screen.id}
            // The Go menu's screens show their Ctrl/Cmd+1…5 (electron/menuTemplate.ts gives them the same key).
            shortcut={screen.menu === 'go' ? screen.key : null}
            onClick={() => navigate({ kind: screen.id })}
          >
            {screen.title}
            {screen.id === 'outbox' && waiting > 0 ? (
              <span className="sidebar__count" aria-label={`${waiting} waiting`}>
                {waiting}
              </span>
            ) : null}
          </NavItem>
        ))}
      </ul>
      {engagementId && current && engagement ? (
        <div className="sidebar__group">
          <h2 className="sidebar__heading" title={engagement.name}>
            {engagement.name}
          </h2>
          <ul className="sidebar__nav">
            {ENGAGEMENT_SECTIONS.map((section) => (
              <NavItem
                key={section.id}
                current={isCurrent(current, section.id)}
                onClick={() => navigate({ kind: 'engagement', id: engagementId, section: section.id })}
              >
                {section.label}
              </NavItem>
            ))}
          </ul>
        </div>
      ) : null}
      <SyncStatus />
    </nav>
  );
}

/** CmdOrCtrl in the menu: ⌘ on macOS, Ctrl elsewhere. */
const IS_MAC = /Mac/i.test(navigator.userAgent);

function NavItem(props: { current: boolean; shortcut?: string | null; onClick: () => void; children: ReactNode }) {
  const { current, shortcut = null, onClick, children } = props;
  const button = (describedBy?: string) => (
    <button
      type="button"
      className="sidebar__item"
      aria-current={current ? 'page' : undefined}
      aria-keyshortcuts={shortcut ? `${IS_MAC ? 'Meta' : 'Control'}+${shortcut}` : undefined}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      {children}
    </button>
  );
  // The key shows on keyboard focus too (a title attribute showed it to the mouse only).
  return <li>{shortcut ? <Tooltip keys={chordText(`Mod+${shortcut}`, IS_MAC)}>{button}</Tooltip> : button()}</li>;
}

function isCurrent(current: string, candidate: string): boolean {
  return current === candidate;
}
