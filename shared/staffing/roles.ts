import type { Person } from '../model/engagement';

export type RolesProblem = 'no-engineer' | 'no-advisor' | 'same-person';

/** The same human, by email (case-insensitive), or by name when there is no email. */
export function personKey(person: Pick<Person, 'name' | 'email'>): string {
  const email = person.email.trim().toLowerCase();
  return email !== '' ? `email:${email}` : `name:${person.name.trim().toLowerCase()}`;
}

/**
 * The playbook's roles rule: at least one project engineer and one project advisor, and
 * they are different people: some engineer and some advisor are not the same human
 * (same email, or same name when there is no email).
 */
export function rolesProblems(people: readonly Pick<Person, 'name' | 'email' | 'role'>[]): RolesProblem[] {
  const engineers = people.filter((p) => p.role === 'engineer');
  const advisors = people.filter((p) => p.role === 'advisor');
  const problems: RolesProblem[] = [];
  if (engineers.length === 0) problems.push('no-engineer');
  if (advisors.length === 0) problems.push('no-advisor');
  if (engineers.length > 0 && advisors.length > 0) {
    // Some engineer and some advisor are different humans unless all of them are one.
    const distinct = new Set([...engineers, ...advisors].map(personKey));
    if (distinct.size < 2) problems.push('same-person');
  }
  return problems;
}

export const ROLES_MESSAGES: Record<RolesProblem, string> = {
  'no-engineer': 'No project engineer yet: add the aux engineer who embeds with the team.',
  'no-advisor': 'No project advisor yet: add the advisor who sets goals, attends retros and coaches the engineer.',
  'same-person': 'The engineer and the advisor are the same person: the advisor must be someone else.',
};
