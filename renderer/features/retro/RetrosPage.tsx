import { parseISO } from 'date-fns';
import { formatDisplayDate } from '../../../shared/dates';
import type { Engagement } from '../../../shared/model/engagement';
import { weekKeyOf } from '../../../shared/week';
import { byDateDesc, live, retroDateForWeek } from '../../../shared/retro/rules';
import { WEEKDAY_LABELS } from '../../../shared/model/settings';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { useToday } from '../../components/useToday';
import { OtherRetroForm } from './OtherRetroForm';
import { useEngagementReadOnly } from '../engagements/ReadOnlyNotice';
import { RetroRow } from './RetroRow';
import { useRetroSlot } from './useRetroSlot';

/** The engagement's weekly retros, newest first, and the way into this week's. */
export function RetrosPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('retro', engagementId);
  const { slot, error: slotError } = useRetroSlot(engagementId);
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const today = useToday();
  const create = useAppStore((s) => s.createRetro);
  const navigate = useAppStore((s) => s.navigate);
  // A new retro is a change main refuses while the engagement holds records from a newer version.
  const readOnly = useEngagementReadOnly(engagementId);
  const failed = error ?? slotError;
  if (failed || !data || !slot || !engagement)
    return <LoadState error={failed} failed="The retros could not be loaded" loading="Loading retros…" />;

  const retros = byDateDesc(live(data.retros));
  const thisWeekDate = retroDateForWeek(parseISO(today), slot.day);
  // Home and the calendar export offer this week's retro only while the engagement runs: so does this page.
  const inEngagement = engagement.startDate <= thisWeekDate && thisWeekDate <= engagement.endDate;
  const thisWeek = retros.find((r) => weekKeyOf(r.date) === weekKeyOf(thisWeekDate));
  const open = (retroId: string) => navigate({ kind: 'retro', engagementId, retroId });
  const start = async (date: string) => {
    const retro = await create(engagementId, date);
    if (retro) open(retro.id);
  };

  return (
    <div className="stack">
      <div className="section-header">
        <div>
          <h2 className="section-header__title">Weekly retros</h2>
          <p className="section-header__text">
            {slot.minutes} minutes, same time every week ({WEEKDAY_LABELS[slot.day]} {slot.time}), held even when
            “nothing happened”. Score the goals first.
          </p>
        </div>
        {thisWeek ? (
          <button type="button" className="button button--primary" onClick={() => open(thisWeek.id)}>
            Open this week’s retro
          </button>
        ) : inEngagement ? (
          <button
            type="button"
            className="button button--primary"
            disabled={readOnly}
            onClick={() => void start(thisWeekDate)}
          >
            Start this week’s retro
          </button>
        ) : (
          <p className="section-header__text" role="note">
            {thisWeekDate < engagement.startDate
              ? `No retro this week: the engagement starts on ${formatDisplayDate(engagement.startDate)}.`
              : `No retro this week: the engagement ended on ${formatDisplayDate(engagement.endDate)}.`}
          </p>
        )}
      </div>

      {retros.length === 0 ? (
        <NoRetros engagement={engagement} inEngagement={inEngagement} thisWeekDate={thisWeekDate} />
      ) : (
        <ul className="retro-list" aria-label="Retros">
          {retros.map((retro) => (
            <RetroRow
              key={retro.id}
              retro={retro}
              isThisWeek={retro.id === thisWeek?.id}
              today={today}
              slot={slot}
              onOpen={() => open(retro.id)}
            />
          ))}
        </ul>
      )}

      {readOnly ? null : <OtherRetroForm engagement={engagement} onStart={(date) => void start(date)} />}
    </div>
  );
}

/** No retro yet: when this week's is, or when retros are held if the engagement is not running. */
function NoRetros(props: { engagement: Engagement; inEngagement: boolean; thisWeekDate: string }) {
  const { engagement, inEngagement, thisWeekDate } = props;
  return (
    <div className="empty">
      <h3 className="empty__title">No retros yet</h3>
      <p className="empty__text">
        {inEngagement
          ? `This week’s retro is on ${formatDisplayDate(thisWeekDate)}. Starting it fills in the attendees, the goals to score and any open action items.`
          : `Retros are held every week while the engagement runs, from ${formatDisplayDate(engagement.startDate)} to ${formatDisplayDate(engagement.endDate)}.`}
      </p>
    </div>
  );
}
