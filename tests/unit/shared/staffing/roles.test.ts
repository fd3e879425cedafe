import { describe, expect, it } from 'vitest';
import { personKey, rolesProblems } from '../../../../shared/staffing/roles';
import type { Person } from '../../../../shared/model/engagement';

const p = (name: string, role: Person['role'], email = ''): Pick<Person, 'name' | 'email' | 'role'> => ({
  name,
  role,
  email,
});

describe('rolesProblems', () => {
  it('is happy with one engineer and a different advisor', () => {
    expect(rolesProblems([p('Zoë', 'engineer', 'zoe@x.io'), p('Sam', 'advisor', 'sam@x.io')])).toEqual([]);
  });

  it('asks for both roles when nobody holds them', () => {
    expect(rolesProblems([])).toEqual(['no-engineer', 'no-advisor']);
    expect(rolesProblems([p('Kenji', 'tech-lead')])).toEqual(['no-engineer', 'no-advisor']);
  });

  it('asks for the missing advisor, or the missing engineer', () => {
    expect(rolesProblems([p('Zoë', 'engineer')])).toEqual(['no-advisor']);
    expect(rolesProblems([p('Sam', 'advisor')])).toEqual(['no-engineer']);
  });

  it('flags the same person as engineer and advisor, by email whatever the case or name', () => {
    expect(rolesProblems([p('Zoë', 'engineer', 'zoe@x.io'), p('Zoe A.', 'advisor', 'ZOE@x.io')])).toEqual([
      'same-person',
    ]);
  });

  it('flags the same person by name when there is no email', () => {
    expect(rolesProblems([p('Zoë', 'engineer'), p(' zoë ', 'advisor')])).toEqual(['same-person']);
  });

  it('is happy when one of two engineers also advises the other', () => {
    expect(
      rolesProblems([p('Zoë', 'engineer', 'z@x.io'), p('Ana', 'engineer', 'a@x.io'), p('Zoë', 'advisor', 'z@x.io')]),
    ).toEqual([]);
  });

  it('does not merge different people who share a name but have different emails', () => {
    expect(rolesProblems([p('Sam', 'engineer', 'sam1@x.io'), p('Sam', 'advisor', 'sam2@x.io')])).toEqual([]);
  });
});

describe('personKey', () => {
  it('prefers the email, lower-cased', () => {
    expect(personKey({ name: 'A', email: ' A@X.io ' })).toBe('email:a@x.io');
    expect(personKey({ name: ' Ana ', email: '' })).toBe('name:ana');
  });
});
