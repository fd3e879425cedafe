import { useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import type { Person } from '../../../shared/model/engagement';
import { AttendeeSchema, NOTE_SECTION_LABELS, type Attendee, type Goal, type GoalScore, type NoteSection, type Retro } from '../../../shared/model/retro';
import { allActionItems, carriedOverItems, goalTrend, isoWeekOf, negativeFeedbackNudge } from '../../../shared/retro/rules';
import { invoke } from '../../api';
import { Sparkline } from '../../components/Sparkline';
import { useAppStore } from '../../store';
import { ComposeDialog } from '../mail/ComposeDialog';
import { MailLogLine } from '../mail/MailLogLine';
import { autosave, saveStatusText, useSaveStatus } from '../notes/autosave';
import { NoteEditor } from '../notes/NoteEditor';
import { itemIdsOutside } from '../../../shared/retro/noteText';
import { PeopleContext } from '../notes/people';
import { RetroClockView } from './RetroClock';
import { useRetroData } from './useRetroData';
import { useRetroSlot } from './useRetroSlot';
import { useToday } from '../../components/useToday';
import type { RetroSlot } from '../../../shared/planner/rituals';

const PLACEHOLDERS: Record<NoteSection, string> = {
  wentWell: 'What went well this week?',
  wentPoorly: 'What went poorly? Ask the room for candid feedback.',
  doNextTime: 'What will we do next time? Add action items with an owner.',
  notes: 'Anything else: decisions, links, context.',
};

/** A weekly retro, as taken live in the meeting. */
export function RetroPage({ engagementId, retroId, readOnly = false }: { engagementId: string; retroId: string; readOnly?: boolean }) {
  const { data, error } = useRetroData(engagementId);
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const retro = data?.retros.find((r) => r.id === retroId);
  const [unlocked, setUnlocked] = useState(false);
  const today = useToday();
  const { slot, error: slotError } = useRetroSlot(engagementId);
  if (slotError) return <p className="notice notice--error" role="alert">The retro could not be loaded: {slotError}</p>;
  if (error) return <p className="notice notice--error" role="alert">The retro could not be loaded: {error}</p>;
  if (!data || !engagement || !slot) return <p className="muted" role="status">Loading retro…</p>;
  if (!retro || retro.deletedAt !== null) {
    return <p className="notice notice--error" role="alert">This retro no longer exists. It may have been deleted.</p>;
  }
  const past = isoWeekOf(retro.date) < isoWeekOf(today);
  // Opened from the timeline it is read-only too: looking back should not change it by accident.
  const locked = past || readOnly;
  const editable = !locked || unlocked;
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
        locked={locked}
        lockReason={past ? 'This retro is from a past week, so it opens read-only.' : 'Opened from the timeline, so it is read-only.'}
        backTo={readOnly ? 'timeline' : 'retros'}
        onUnlock={() => setUnlocked(true)}
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
  /** When this engagement's weekly retro is held (the planner's retro ritual). */
  slot: RetroSlot;
  editable: boolean;
  locked: boolean;
  lockReason: string;
  backTo: 'timeline' | 'retros';
  onUnlock: () => void;
}

function RetroBody(props: RetroBodyProps) {
  const { engagementId, engagementName, people, retro, goals, retros, slot, editable, locked, lockReason, backTo, onUnlock } = props;
  const retroSaved = useAppStore((s) => s.retroSaved);
  const noteSaved = useAppStore((s) => s.noteSaved);
  const removeRetro = useAppStore((s) => s.deleteRetro);
  const navigate = useAppStore((s) => s.navigate);
  const status = useSaveStatus();

  /** Patches save like notes do: on a debounce, flushed on close. */
  const savePatch = (key: string, patch: () => Parameters<typeof invoke<'retros:update'>>[1]['patch']) =>
    autosave.schedule(`${engagementId}:${retro.id}:${key}`, async () => {
      retroSaved(engagementId, await invoke('retros:update', { engagementId, retroId: retro.id, patch: patch() }));
    });

  const nudge = negativeFeedbackNudge(retro.notes);
  const [composing, setComposing] = useState(false);
  return (
    <div className="page page--wide retro">
      {composing ? (
        <ComposeDialog
          engagementId={engagementId}
          retroId={retro.id}
          onClose={() => {
            // Save what was typed before the notes are rendered again next time.
            void autosave.flushAll();
            setComposing(false);
          }}
        />
      ) : null}
      <header className="page__header">
        <div>
          <p className="page__eyebrow">
            <button type="button" className="link-button" onClick={() => navigate({ kind: 'engagement', id: engagementId, section: backTo })}>
              {engagementName} · {backTo === 'timeline' ? 'Timeline' : 'Retros'}
            </button>
          </p>
          <h1 className="page__title">Retro of {formatDisplayDate(retro.date)}</h1>
          <p className="page__subtitle">
            <SaveIndicator status={status} editable={editable} />
            <MailLogLine log={retro.mailLog} />
          </p>
        </div>
        <div className="retro__header-actions">
          <RetroClockView
            retro={retro}
            slot={slot}
            editable={editable}
            onStart={() => savePatch('startedAt', () => ({ startedAt: new Date().toISOString() }))}
          />
          <button type="button" className="button" onClick={() => setComposing(true)}>
            Email notes
          </button>
          {editable ? (
            <button type="button" className="button button--danger" onClick={() => void removeRetro(engagementId, retro.id)}>
              Delete retro
            </button>
          ) : null}
        </div>
      </header>

      {locked && !editable ? (
        <div className="notice notice--info retro__readonly" role="status">
          <span>{lockReason}</span>
          <button type="button" className="button" onClick={onUnlock}>
            Edit anyway
          </button>
        </div>
      ) : null}

      <div className="retro__columns">
        <section className="panel" aria-labelledby="goal-scores-title">
          <h2 id="goal-scores-title" className="panel__title">
            1 · Score the goals
          </h2>
          <GoalScores goals={goals} retros={retros} retro={retro} editable={editable} onChange={(goalScores) => savePatch('goalScores', () => ({ goalScores }))} />
        </section>
        <section className="panel" aria-labelledby="carried-title">
          <h2 id="carried-title" className="panel__title">
            2 · Open action items
          </h2>
          <CarriedOver engagementId={engagementId} people={people} retros={retros} retro={retro} editable={editable} />
          <MvpStatus value={retro.mvpStatus} editable={editable} onChange={(mvpStatus) => savePatch('mvpStatus', () => ({ mvpStatus }))} />
        </section>
      </div>

      <section className="panel" aria-labelledby="attendees-title">
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

      <div className="notes-grid">
        {(['wentWell', 'wentPoorly', 'doNextTime', 'notes'] as const).map((section) => (
          <section key={section} className={`note-card note-card--${section}`} aria-labelledby={`note-${section}`}>
            <h2 id={`note-${section}`} className="note-card__title">
              {NOTE_SECTION_LABELS[section]}
            </h2>
            {section === 'wentPoorly' && nudge && editable ? (
              <p className="nudge" role="status">
                {nudge === 'empty'
                  ? '“Went poorly” is empty. Ask the room for negative feedback: what slowed you down, what would you change?'
                  : '“Went poorly” is much thinner than “went well”. Ask explicitly for negative feedback.'}
              </p>
            ) : null}
            <NoteEditor
              saveKey={`${engagementId}:${retro.id}:${section}`}
              save={async (doc) => {
                const { updatedAt } = await invoke('retros:saveNote', { engagementId, retroId: retro.id, section, doc });
                noteSaved(engagementId, retro.id, section, doc, updatedAt);
              }}
              label={NOTE_SECTION_LABELS[section]}
              placeholder={PLACEHOLDERS[section]}
              initial={retro.notes[section]}
              editable={editable}
              takenItemIds={() => itemIdsOutside(useAppStore.getState().retroData[engagementId]?.retros ?? retros, retro.id, section)}
            />
          </section>
        ))}
      </div>
    </div>
  );
}

function SaveIndicator({ status, editable }: { status: ReturnType<typeof useSaveStatus>; editable: boolean }) {
  if (!editable) return <span className="save-state">Read-only</span>;
  const text = saveStatusText(status);
  return (
    <span className={`save-state save-state--${status}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

function GoalScores(props: { goals: Goal[]; retros: Retro[]; retro: Retro; editable: boolean; onChange: (scores: GoalScore[]) => void }) {
  const { goals, retros, retro, editable, onChange } = props;
  const [scores, setScores] = useState<GoalScore[]>(retro.goalScores);
  if (goals.length === 0) {
    return <p className="muted">No goals yet. Add them under Goals, then score them here each week.</p>;
  }
  const update = (goalId: string, patch: Partial<GoalScore>) => {
    const existing = scores.find((s) => s.goalId === goalId) ?? { goalId, score: 0, note: '' };
    const next = [...scores.filter((s) => s.goalId !== goalId), { ...existing, ...patch }];
    setScores(next);
    onChange(next);
  };
  return (
    <ul className="score-list" aria-label="Goal scores">
      {goals.map((goal) => {
        const score = scores.find((s) => s.goalId === goal.id);
        const history = goalTrend(goal, retros.filter((r) => r.id !== retro.id && r.date <= retro.date)).map((p) => p.score);
        const trend = score ? [...history, score.score] : history;
        return (
          <li key={goal.id} className="score-row">
            <label className="score-row__title" htmlFor={`score-${goal.id}`}>
              {goal.title}
            </label>
            <input
              id={`score-${goal.id}`}
              className="input score-row__input"
              type="number"
              min={0}
              max={100}
              step={5}
              placeholder="–"
              value={score?.score ?? ''}
              disabled={!editable}
              aria-describedby={`score-${goal.id}-unit`}
              onChange={(e) => {
                const value = Math.round(e.target.valueAsNumber);
                if (Number.isNaN(value)) return;
                update(goal.id, { score: Math.max(0, Math.min(100, value)) });
              }}
            />
            <span id={`score-${goal.id}-unit`} className="score-row__unit">
              % done
            </span>
            <Sparkline values={trend} label={`Trend of ${goal.title}`} />
            <input
              className="input score-row__note"
              value={score?.note ?? ''}
              placeholder="Note (optional)"
              aria-label={`Note on ${goal.title}`}
              disabled={!editable || !score}
              onChange={(e) => update(goal.id, { note: e.target.value })}
            />
          </li>
        );
      })}
    </ul>
  );
}

function CarriedOver(props: { engagementId: string; people: Person[]; retros: Retro[]; retro: Retro; editable: boolean }) {
  const today = useToday();
  const { engagementId, people, retros, retro, editable } = props;
  const setDone = useAppStore((s) => s.setActionItemDone);
  // Items closed while this retro is open stay in view (struck through) so a slip can be undone.
  // The checkbox answers at once; the main process confirms behind it.
  const [touched, setTouched] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const open = carriedOverItems(retros, retro);
  const closedHere = allActionItems(retros).filter((i) => touched.has(i.id) && !open.some((o) => o.id === i.id));
  const items = [...open, ...closedHere]
    .sort((a, b) => a.retroDate.localeCompare(b.retroDate))
    .map((item) => ({ ...item, checked: touched.get(item.id) ?? item.checked }));
  if (items.length === 0) return <p className="muted">Nothing carried over from earlier retros.</p>;
  return (
    <ul className="carried-list" aria-label="Action items carried over">
      {items.map((item) => {
        const owner = people.find((p) => p.id === item.owner)?.name;
        const overdue = item.due !== null && item.due < today;
        return (
          <li key={item.id} className="carried-item" data-checked={item.checked}>
            <input
              type="checkbox"
              id={`carried-${item.id}`}
              checked={item.checked}
              disabled={!editable}
              onChange={(e) => {
                const done = e.target.checked;
                setTouched((t) => new Map([...t, [item.id, done]]));
                void setDone(engagementId, item.retroId, item.id, done);
              }}
            />
            <label htmlFor={`carried-${item.id}`} className="carried-item__text">
              {item.text || 'Untitled action item'}
            </label>
            <span className="carried-item__meta">
              {owner ?? 'No owner'}
              {item.due ? <span className={overdue ? 'overdue' : undefined}> · due {formatDisplayDate(item.due)}</span> : null}
              {' · from '}
              {formatDisplayDate(item.retroDate)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function MvpStatus({ value, editable, onChange }: { value: string; editable: boolean; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <div className="field mvp-status">
      <label htmlFor="mvp-status" className="field__label">
        MVP status / blockers
      </label>
      <input
        id="mvp-status"
        className="input"
        value={text}
        disabled={!editable}
        placeholder="How close is the MVP launch, and what blocks it?"
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}

export function Attendees(props: { attendees: Attendee[]; people: Person[]; editable: boolean; onChange: (attendees: Attendee[]) => void }) {
  const { people, editable, onChange } = props;
  const [attendees, setAttendees] = useState(props.attendees);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const commit = (next: Attendee[]) => {
    setAttendees(next);
    onChange(next);
  };
  const absent = people.filter((p) => !attendees.some((a) => a.personId === p.id));
  const add = () => {
    // The same rules main applies to an attendee (single-line name, real address or none).
    const guest = AttendeeSchema.safeParse({ personId: null, name, email });
    if (!guest.success) {
      setError(guest.error.issues[0]?.message ?? 'Check the name and address.');
      return;
    }
    commit([...attendees, guest.data]);
    setName('');
    setEmail('');
    setError(null);
  };
  return (
    <div className="attendees">
      <ul className="chips" aria-label="Attendees">
        {attendees.map((a, index) => (
          <li key={`${a.personId ?? 'guest'}-${a.name}-${index}`} className="chip">
            <span>
              {a.name}
              {a.email ? '' : <span className="chip__warn"> · no email</span>}
            </span>
            {editable ? (
              <button type="button" className="chip__remove" aria-label={`Remove ${a.name}`} onClick={() => commit(attendees.filter((_, i) => i !== index))}>
                ×
              </button>
            ) : null}
          </li>
        ))}
        {attendees.length === 0 ? <li className="muted">Nobody yet.</li> : null}
      </ul>
      {editable ? (
        <div className="attendees__add">
          {absent.length > 0 ? (
            <select
              className="input"
              aria-label="Add a person of the engagement"
              value=""
              onChange={(e) => {
                const person = people.find((p) => p.id === e.target.value);
                if (person) commit([...attendees, { personId: person.id, name: person.name, email: person.email }]);
              }}
            >
              <option value="">Add someone from the engagement…</option>
              {absent.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : null}
          <input className="input" aria-label="Guest name" placeholder="Guest name" value={name} onChange={(e) => setName(e.target.value)} />
          <input className="input" aria-label="Guest email" placeholder="Email (optional)" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <button type="button" className="button" onClick={add}>
            Add guest
          </button>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
