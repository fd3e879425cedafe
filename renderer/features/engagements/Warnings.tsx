import { useEffect } from 'react';
import { isIsoDate } from '../../../shared/dates';
import { capacityWarnings, warningsFor, type CapacityEngagement } from '../../../shared/staffing/capacity';
import { rolesProblems, ROLES_MESSAGES } from '../../../shared/staffing/roles';
import type { Person } from '../../../shared/model/engagement';
import { useAppStore } from '../../store';
import type { EngagementDraft } from '../../store/engagementDraft';

function WarningList({ label, messages }: { label: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="warnings" aria-label={label}>
      {messages.map((message) => (
        <li key={message} className="warning">
          <span className="warning__icon" aria-hidden="true">
            !
          </span>
          {message}
        </li>
      ))}
    </ul>
  );
}

/** At least one engineer and one advisor, and not the same person. */
export function RolesWarnings({ people }: { people: readonly Pick<Person, 'name' | 'email' | 'role'>[] }) {
  const problems = rolesProblems(people);
  if (problems.length === 0) {
    return <p className="muted">Roles: an engineer and a different advisor. ✓</p>;
  }
  return <WarningList label="Roles warnings" messages={problems.map((p) => ROLES_MESSAGES[p])} />;
}

/**
 * The capacity rules for the engagement as it is being edited (`draftKey` is its id, or
 * 'new'): the draft stands in for the saved engagement among all the others.
 */
export function CapacityWarnings({ draftKey, draft }: { draftKey: string; draft: EngagementDraft }) {
  const roster = useAppStore((s) => s.roster);
  const settings = useAppStore((s) => s.settings);
  const load = useAppStore((s) => s.loadRoster);
  useEffect(() => {
    void load();
  }, [load]);
  if (!roster || !isIsoDate(draft.startDate) || !isIsoDate(draft.endDate) || draft.endDate < draft.startDate)
    return null;
  const editing: CapacityEngagement = {
    id: draftKey,
    name: draft.name.trim() || 'This engagement',
    status: draft.status,
    startDate: draft.startDate,
    endDate: draft.endDate,
    people: draft.people,
  };
  const all = [...roster.filter((e) => e.id !== draftKey), editing];
  const messages = warningsFor(capacityWarnings(all, settings), draftKey).map((w) => w.message);
  return <WarningList label="Capacity warnings" messages={messages} />;
}

/** The Overview's warnings: roles and capacity, following the form as it is edited. */
export function EngagementWarnings({ draftKey, draft }: { draftKey: string; draft: EngagementDraft }) {
  const people = draft.people.filter((p) => p.name.trim() !== '');
  return (
    <section className="panel panel--tight" aria-labelledby="engagement-checks">
      <h2 id="engagement-checks" className="panel__title">
        Roles and capacity
      </h2>
      <RolesWarnings people={people} />
      <CapacityWarnings draftKey={draftKey} draft={draft} />
    </section>
  );
}
