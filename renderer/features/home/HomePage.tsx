import { useEffect } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import type { HomeGroup, HomeItem } from '../../../shared/thisWeek/homeItems';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { NoEngagements } from '../engagements/NoEngagements';
import { LoadState } from '../../components/LoadState';
import { shortcut } from '../../../shared/shortcuts';
import { useShortcut } from '../keyboard/useShortcut';
import { openThisWeeksRetro } from '../retro/thisWeeksRetro';

const GROUPS: { id: HomeGroup; title: string; empty: string }[] = [
  { id: 'today', title: 'Today', empty: 'No engagement runs today.' },
  { id: 'due', title: 'Due this week', empty: 'Nothing due this week.' },
  { id: 'upcoming', title: 'Coming up', empty: 'No check-ins coming up.' },
  { id: 'warning', title: 'Warnings', empty: 'No roles or capacity warnings.' },
];

/** "This week" across all engagements: the app's start screen. Each item links to where it is dealt with. */
export function HomePage() {
  const home = useAppStore((s) => s.home);
  const error = useAppStore((s) => s.homeError);
  const load = useAppStore((s) => s.loadHome);
  const summaries = useAppStore((s) => s.summaries);
  const listLoaded = useAppStore((s) => s.listLoaded);
  const startNew = useAppStore((s) => s.startNew);
  // Moves on at midnight (and on waking): the screen reloads for the new day.
  const today = useToday();
  useEffect(() => {
    void load(today);
    // Reload when the engagements change (created, deleted, promoted).
  }, [load, today, summaries]);

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">This week</h1>
          <p className="page__subtitle">{formatDisplayDate(today)} · across all your engagements</p>
        </div>
        <div className="page__actions">
          <ThisWeeksRetroButton items={home?.items ?? []} today={today} />
          <button type="button" className="button button--primary" onClick={startNew}>
            New engagement
          </button>
        </div>
      </header>
      {error ? <LoadState error={error} failed="This week could not be worked out" /> : null}
      {listLoaded && summaries.length === 0 ? (
        <NoEngagements />
      ) : home === null ? (
        <LoadState loading="Loading this week…" />
      ) : (
        <div className="home">
          {GROUPS.map((group) => {
            const items = home.items.filter((i) => i.group === group.id);
            return (
              <section key={group.id} className="panel panel--tight" aria-labelledby={`home-${group.id}`}>
                <h2 id={`home-${group.id}`} className="panel__title">
                  {group.title}
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{group.empty}</p>
                ) : (
                  <ul className="home-list" aria-label={group.title}>
                    {items.map((item) => (
                      <HomeRow key={item.key} item={item} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** Starts or opens this week's retro; R does the same while the focus is not in a text field. */
function ThisWeeksRetroButton({ items, today }: { items: HomeItem[]; today: string }) {
  const retro = items.find((item) => item.kind === 'retro');
  const run = () => void openThisWeeksRetro(today);
  useShortcut('home.retro', run, retro !== undefined);
  if (!retro) return null;
  const [key = 'R'] = shortcut('home.retro').keys;
  return (
    <button type="button" className="button" aria-keyshortcuts={key} onClick={run}>
      {retro.link.to === 'retro' ? 'Open this week’s retro' : 'Start this week’s retro'}{' '}
      <kbd aria-hidden="true">{key}</kbd>
    </button>
  );
}

function HomeRow({ item }: { item: HomeItem }) {
  const openItem = useAppStore((s) => s.openItem);
  const go = () => void openItem(item.engagementId, item.link);
  return (
    <li className={`home-item home-item--${item.group}`}>
      <div className="home-item__main">
        <button type="button" className="link-button home-item__title" onClick={go}>
          {item.title}
        </button>
        <span className="home-item__engagement">{item.engagementName}</span>
        {item.detail ? <p className="card__meta">{item.detail}</p> : null}
      </div>
    </li>
  );
}
