import { useState } from 'react';
import type { Person } from '../../../shared/model/engagement';
import type { Goal, Retro, RetroPatch } from '../../../shared/model/retro';
import type { RetroSlot } from '../../../shared/planner/rituals';
import { isPastWeek } from '../../../shared/week';
import { LoadState } from '../../components/LoadState';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { ComposeDialog } from '../mail/ComposeDialog';
import { Attendees } from '../notes/Attendees';
import { autosave } from '../notes/autosave';
import { CarriedOver } from './CarriedOver';
import { GoalScores } from './GoalScores';
import { MvpStatus } from './MvpStatus';
import { PeopleContext } from '../notes/people';
import { RetroHeader } from './RetroHeader';
import { RetroNotes } from './RetroNotes';
import { usePastRetro } from './usePastRetro';
import { ReadOnlyNotice, useEngagementReadOnly } from '../engagements/ReadOnlyNotice';
import { useRetroSlot } from './useRetroSlot';
import { PresenterBarIfPresenting } from './presenter/PresenterBar';
import { usePresenter } from './presenter/usePresenter';
import { RETRO_STEPS } from '../../../shared/model/retroSteps';

/** A weekly retro, as taken live in the meeting. */
export function RetroPage({
  engagementId,
  retroId,
  readOnly = false,
  compose = false,
}: {
  engagementId: string;
  retroId: string;
  readOnly?: boolean;
  /** Opens with the "Email the notes" dialog. */
  compose?: boolean;
}) {
  const { data, error } = useLoaded('retro', engagementId);
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const retro = data?.retros.find((r) => r.id === retroId);
  const [unlocked, setUnlocked] = useState(false);
  // Holds records from a newer version: main refuses every change, so nothing is offered, not even "Edit anyway".
  const newer = useEngagementReadOnly(engagementId);
  const today = useToday();
  const { slot, error: slotError } = useRetroSlot(engagementId);
  const failed = slotError ?? error;
  if (failed || !data || !engagement || !slot)
    return <LoadState error={failed} failed="The retro could not be loaded" loading="Loading retro…" />;
  if (!retro || retro.deletedAt !== null) {
    return (
      <p className="notice notice--error" role="alert">
        This retro no longer exists. It may have been deleted.
      </p>
    );
  }
  const past = isPastWeek(retro.date, today);
  // Opened from the timeline it is read-only too: looking back should not change it by accident.
  const locked = past || readOnly;
  const editable = !newer && (!locked || unlocked);
  return (
    <PeopleContext.Provider value={engagement.people}>
      <RetroBody
        key={retro.id}
        engagementId={engagementId}
        engagementName={engagement.name}
        people={engagement.people}
        retro={retro}
        goals={data.goals}
        retros={data.retros}
        slot={slot}
        editable={editable}
        locked={locked && !newer}
        lockReason={
          past
            ? 'This retro is from a past week, so it opens read-only.'
            : 'Opened from the timeline, so it is read-only.'
        }
        backTo={readOnly ? 'timeline' : 'retros'}
        onUnlock={() => setUnlocked(true)}
        // A read-only engagement cannot keep the mail log of a send, so its notes are not offered for email.
        composeAtOpen={compose && !newer}
        canEmail={!newer}
      />
    </PeopleContext.Provider>
  );
}

interface RetroBodyProps {
  engagementId: string;
  engagementName: string;
  people: Person[];
  retro: Retro;
  goals: Goal[];
  retros: Retro[];
  slot: RetroSlot;
  editable: boolean;
  locked: boolean;
  lockReason: string;
  backTo: 'timeline' | 'retros';
  onUnlock: () => void;
  composeAtOpen: boolean;
  canEmail: boolean;
}

function RetroBody(props: RetroBodyProps) {
  const { engagementId, people, retro, goals, retros, editable, locked, lockReason, onUnlock } = props;
  const savePatchNow = useAppStore((s) => s.saveRetroPatch);
  const [composing, setComposing] = useState(props.composeAtOpen);
  // A past week's retro is a record: its headings name what is there, not the steps to take.
  const past = usePastRetro(retro.date);

  /** Patches save like notes do: on a debounce, flushed on close. */
  const savePatch = (key: string, patch: () => RetroPatch) =>
    autosave.schedule(`${engagementId}:${retro.id}:${key}`, () => savePatchNow(engagementId, retro.id, patch()));
  const start = () => savePatch('startedAt', () => ({ startedAt: new Date().toISOString() }));
  // Presenting a retro not yet started starts it, where the Start button would be offered.
  const presenter = usePresenter(retro.id, !past && editable && retro.startedAt === null ? start : undefined);

  return (
    <div
      className="page page--wide retro"
      data-present-step={presenter.presenting && presenter.timer ? RETRO_STEPS[presenter.timer.step] : undefined}
    >
      <PresenterBarIfPresenting presenter={presenter} />
      {composing ? (
        <ComposeDialog
          engagementId={engagementId}
          note={{ kind: 'retro', retroId: retro.id }}
          onClose={() => {
            // Save what was typed before the notes are rendered again next time.
            void autosave.flushAll();
            setComposing(false);
          }}
        />
      ) : null}
      <RetroHeader
        {...props}
        onStart={start}
        onCompose={props.canEmail ? () => setComposing(true) : null}
        onPresent={presenter.present}
      />
      <ReadOnlyNotice engagementId={engagementId} />

      {locked && !editable ? <LockNotice reason={lockReason} onUnlock={onUnlock} /> : null}

      <div className="retro__columns">
        <section className="panel" aria-labelledby="goal-scores-title" data-step="goals">
          <h2 id="goal-scores-title" className="panel__title">
            {past ? 'Goal scores' : '1 · Score the goals'}
          </h2>
          <GoalScores
            goals={goals}
            retros={retros}
            retro={retro}
            editable={editable}
            onChange={(goalScores) => savePatch('goalScores', () => ({ goalScores }))}
          />
        </section>
        <section className="panel" aria-labelledby="carried-title" data-step="actions">
          <h2 id="carried-title" className="panel__title">
            {past ? 'Open action items' : '2 · Open action items'}
          </h2>
          <CarriedOver engagementId={engagementId} people={people} retros={retros} retro={retro} editable={editable} />
          <MvpStatus
            value={retro.mvpStatus}
            retroDate={retro.date}
            editable={editable}
            onChange={(mvpStatus) => savePatch('mvpStatus', () => ({ mvpStatus }))}
          />
        </section>
      </div>

      <section className="panel" aria-labelledby="attendees-title" data-step="goals wrapUp">
        <h2 id="attendees-title" className="panel__title">
          Who came
        </h2>
        <Attendees
          attendees={retro.attendees}
          people={people}
          editable={editable}
          onChange={(attendees) => savePatch('attendees', () => ({ attendees }))}
        />
      </section>

      <RetroNotes engagementId={engagementId} retro={retro} retros={retros} editable={editable} />
    </div>
  );
}

/** Why a retro opened read-only (a past week, or from the timeline), with the way to edit it anyway. */
function LockNotice({ reason, onUnlock }: { reason: string; onUnlock: () => void }) {
  return (
    <div className="notice notice--info retro__readonly" role="status">
      <span>{reason}</span>
      <button type="button" className="button" onClick={onUnlock}>
        Edit anyway
      </button>
    </div>
  );
}
