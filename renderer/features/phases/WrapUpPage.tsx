import { useState, type SyntheticEvent } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { checkInDate, followUpDue, markFollowUpDone } from '../../../shared/keyDates/dueDates';
import {
  CADENCE_LABELS,
  CADENCES,
  CHECK_IN_LABELS,
  CHECK_IN_QUESTIONS,
  WRAP_UP_ITEMS,
  WRAP_UP_LABELS,
  type Cadence,
  type CheckInQuestion,
  type FollowUp,
  type LifecyclePatch,
} from '../../../shared/model/lifecycle';
import { Field } from '../../components/Field';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { undoToast } from '../../store/writes';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { Checklist, countDone } from './Checklist';
import { DateInput } from '../../components/DateInput';
import { LifecycleNote } from './LifecycleNote';
import { newId } from './newId';

/** Wrapping up and after: the checklist, the three-month check-in and the follow-ups. */
export function WrapUpPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('lifecycle', engagementId, 'each-mount');
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const patch = useAppStore((s) => s.patchLifecycle);
  const today = useToday();
  if (error || !data || !engagement) return <LoadState error={error} failed="The wrap-up could not be loaded" />;
  const wrap = countDone(data.wrapUp);
  const checkIn = checkInDate(engagement.endDate);

  return (
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
        <Checklist
          label={`Wrapping up (${wrap.done} of ${wrap.total})`}
          items={WRAP_UP_ITEMS}
          labels={WRAP_UP_LABELS}
          value={data.wrapUp}
          onChange={(wrapUp) => void patch(engagementId, { wrapUp })}
        />
      </section>

      <section className="panel panel--tight" aria-labelledby="check-in-title">
        <h3 id="check-in-title" className="panel__title">
          Three-month check-in: {formatDisplayDate(checkIn)}
        </h3>
        <p className="muted">
          Three months after the end ({formatDisplayDate(engagement.endDate)}). Informal; dependence on the aux engineer
          counts as failure.
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

function FollowUps(props: {
  engagementId: string;
  endDate: string;
  followUps: FollowUp[];
  onChange: (next: FollowUp[]) => void;
}) {
  const { engagementId, endDate, followUps, onChange } = props;
  const today = useToday();
  const pushToast = useAppStore((s) => s.pushToast);
  const [person, setPerson] = useState('');
  const [role, setRole] = useState('');
  const [cadence, setCadence] = useState<Cadence>('monthly');
  const add = (event: SyntheticEvent) => {
    event.preventDefault();
    if (person.trim() === '') return;
    onChange([
      ...followUps,
      { id: newId(), person: person.trim(), role: role.trim(), cadence, lastContact: null, log: [] },
    ]);
    setPerson('');
    setRole('');
  };
  const sorted = [...followUps].sort((a, b) => followUpDue(a, endDate).localeCompare(followUpDue(b, endDate)));

  return (
    <section className="panel panel--tight" aria-labelledby="follow-ups-title">
      <h3 id="follow-ups-title" className="panel__title">
        Follow-ups
      </h3>
      <p className="muted">Optional 1-1s or syncs with the tech lead, developers and managers you met.</p>
      {sorted.length > 0 ? (
        <ul className="follow-ups" aria-label="Follow-ups">
          {sorted.map((f) => (
            <FollowUpRow
              key={f.id}
              followUp={f}
              due={followUpDue(f, endDate)}
              today={today}
              onDone={(note) => onChange(followUps.map((x) => (x.id === f.id ? markFollowUpDone(x, today, note) : x)))}
              onCadence={(next) => onChange(followUps.map((x) => (x.id === f.id ? { ...x, cadence: next } : x)))}
              onRemove={() => {
                const index = followUps.findIndex((x) => x.id === f.id);
                onChange(followUps.filter((x) => x.id !== f.id));
                pushToast(
                  // Back where it was, in the list as it is by then (other changes kept).
                  undoToast(`Follow-up with ${f.person} removed.`, () => {
                    const now = useAppStore.getState().dataOf('lifecycle', engagementId)?.followUps ?? [];
                    if (now.some((x) => x.id === f.id)) return;
                    onChange([...now.slice(0, index), f, ...now.slice(index)]);
                  }),
                );
              }}
            />
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={add} aria-label="Add a follow-up">
        <label className="visually-hidden" htmlFor="follow-up-person">
          Person
        </label>
        <input
          id="follow-up-person"
          className="input inline-form__input"
          placeholder="Person"
          maxLength={120}
          value={person}
          onChange={(e) => setPerson(e.target.value)}
        />
        <label className="visually-hidden" htmlFor="follow-up-role">
          Their role
        </label>
        <input
          id="follow-up-role"
          className="input inline-form__input"
          placeholder="Role (e.g. tech lead)"
          maxLength={120}
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
        <label className="visually-hidden" htmlFor="follow-up-cadence">
          Cadence
        </label>
        <select
          id="follow-up-cadence"
          className="input inline-form__input"
          value={cadence}
          onChange={(e) => setCadence(e.target.value as Cadence)}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {CADENCE_LABELS[c]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={person.trim() === ''}>
          Add follow-up
        </button>
      </form>
    </section>
  );
}

function FollowUpRow({
  followUp: f,
  due,
  today,
  onDone,
  onCadence,
  onRemove,
}: {
  followUp: FollowUp;
  due: string;
  today: string;
  onDone: (note: string) => void;
  onCadence: (cadence: Cadence) => void;
  onRemove: () => void;
}) {
  const [note, setNote] = useState('');
  const last = f.log.at(-1);
  return (
    <li className="follow-up" aria-label={f.person}>
      <div className="follow-up__main">
        <strong>{f.person}</strong>
        {f.role ? <span className="muted"> · {f.role}</span> : null}
        <label className="visually-hidden" htmlFor={`cadence-${f.id}`}>
          How often to follow up with {f.person}
        </label>
        <select
          id={`cadence-${f.id}`}
          className="input follow-up__cadence"
          value={f.cadence}
          onChange={(e) => onCadence(e.target.value as Cadence)}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {CADENCE_LABELS[c]}
            </option>
          ))}
        </select>
        <p className="card__meta">
          Last contact: {f.lastContact ? formatDisplayDate(f.lastContact) : 'none yet'} · Next due:{' '}
          <span className={due < today ? 'overdue' : undefined}>{formatDisplayDate(due)}</span>
          {last && last.note ? ` · “${last.note}”` : null}
        </p>
      </div>
      <form
        className="inline-form"
        aria-label={`Mark the follow-up with ${f.person} done`}
        onSubmit={(e) => {
          e.preventDefault();
          onDone(note);
          setNote('');
        }}
      >
        <label className="visually-hidden" htmlFor={`note-${f.id}`}>
          Note on the contact with {f.person}
        </label>
        <input
          id={`note-${f.id}`}
          className="input inline-form__input"
          placeholder="Note"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button">
          Mark done
        </button>
        <button type="button" className="button button--ghost" aria-label={`Remove ${f.person}`} onClick={onRemove}>
          Remove
        </button>
      </form>
    </li>
  );
}
