import { useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { checkInDate } from '../../../shared/keyDates/dueDates';
import { knownWrapUp } from '../../../shared/guide/wrapUp';
import {
  CHECK_IN_LABELS,
  CHECK_IN_QUESTIONS,
  type CheckInQuestion,
  type LifecyclePatch,
} from '../../../shared/model/lifecycle';
import { Field } from '../../components/Field';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { WrapUpChecklist } from './WrapUpChecklist';
import { DateInput } from '../../components/DateInput';
import { LifecycleNote } from './LifecycleNote';
import { FollowUps } from './FollowUps';
import { ReadOnlyFieldset } from '../engagements/ReadOnlyNotice';

/** Wrapping up and after: the checklist, the three-month check-in and the follow-ups. */
export function WrapUpPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('lifecycle', engagementId, 'each-mount');
  const project = useLoaded('project', engagementId, 'each-mount');
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const patch = useAppStore((s) => s.patchLifecycle);
  const today = useToday();
  if (error || !data || !engagement) return <LoadState error={error} failed="The wrap-up could not be loaded" />;
  const checkIn = checkInDate(engagement.endDate);

  return (
    <ReadOnlyFieldset engagementId={engagementId}>
      <div className="stack">
        <div className="section-header">
          <div>
            <h2 className="section-header__title">Wrap-up</h2>
            <p className="section-header__text">
              The project retro and NPS at the end, the three-month check-in, and the connections worth keeping.
            </p>
          </div>
        </div>

        <section className="panel panel--tight" aria-label="Wrapping up">
          <WrapUpChecklist
            manual={data.wrapUp}
            known={project.data ? knownWrapUp(project.data, today) : null}
            onChange={(wrapUp) => void patch(engagementId, { wrapUp })}
          />
        </section>

        <section className="panel panel--tight" aria-labelledby="check-in-title">
          <h3 id="check-in-title" className="panel__title">
            Three-month check-in: {formatDisplayDate(checkIn)}
          </h3>
          <p className="muted">
            Three months after the end ({formatDisplayDate(engagement.endDate)}). Informal; dependence on the aux
            engineer counts as failure.
          </p>
          {CHECK_IN_QUESTIONS.map((q) => (
            <CheckInAnswer
              key={`${q}:${data.checkInAnswers[q]}`}
              question={q}
              initial={data.checkInAnswers[q]}
              onSave={(text) => void patch(engagementId, { checkInAnswers: { ...data.checkInAnswers, [q]: text } })}
            />
          ))}
          <LifecycleNote
            engagementId={engagementId}
            note="checkInNotes"
            label="Check-in notes"
            placeholder="Anything else from the check-in…"
            initial={data.checkInNotes}
          />
          <CheckInHeld
            done={data.checkInDone}
            heldOn={data.checkInHeldOn}
            today={today}
            onChange={(held) => void patch(engagementId, held)}
          />
        </section>

        <FollowUps
          engagementId={engagementId}
          endDate={engagement.endDate}
          followUps={data.followUps}
          onChange={(followUps) => void patch(engagementId, { followUps })}
        />
      </div>
    </ReadOnlyFieldset>
  );
}

interface CheckInHeldProps {
  done: boolean;
  heldOn: string | null;
  today: string;
  onChange: (held: Pick<LifecyclePatch, 'checkInDone' | 'checkInHeldOn'>) => void;
}

/** Whether the check-in was held and on which day (today when first ticked, never later). */
function CheckInHeld({ done, heldOn, today, onChange }: CheckInHeldProps) {
  return (
    <div className="check-in-held">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={done}
          onChange={(e) => onChange({ checkInDone: e.target.checked, checkInHeldOn: e.target.checked ? today : null })}
        />
        Check-in held
      </label>
      {done ? (
        <Field label="Held on">
          {({ id }) => (
            <DateInput id={id} value={heldOn} max={today} onChange={(checkInHeldOn) => onChange({ checkInHeldOn })} />
          )}
        </Field>
      ) : null}
    </div>
  );
}

function CheckInAnswer({
  question,
  initial,
  onSave,
}: {
  question: CheckInQuestion;
  initial: string;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <Field label={CHECK_IN_LABELS[question]}>
      {({ id }) => (
        <textarea
          id={id}
          className="input input--multiline"
          rows={2}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => {
            if (text.trim() !== initial) onSave(text.trim());
          }}
        />
      )}
    </Field>
  );
}
