import type { EngagementInput, Person } from '../../../shared/model/engagement';
import type { EngagementFileV1 } from '../../../shared/model/files';

export function person(overrides: Partial<Person> = {}): Person {
  return { id: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'engineer', ...overrides };
}

/** A valid engagement as the renderer would submit it. */
export function validInput(overrides: Partial<EngagementInput> = {}): EngagementInput {
  return {
    name: 'Payments platform',
    hostTeam: 'Payments',
    homeTeam: 'Aux Eng',
    people: [person(), person({ id: 'p-2', name: 'Grace Hopper', email: 'grace@example.com', role: 'host-pm' })],
    startDate: '2026-03-02',
    endDate: '2026-05-11',
    status: 'planning',
    endedEarlyReason: '',
    ...overrides,
  };
}

/** An engagement file as Aux Desk 0.0.x wrote it (format 1). */
export function v1File(id: string, overrides: Partial<EngagementFileV1['engagement']> = {}): EngagementFileV1 {
  return {
    schemaVersion: 1,
    engagement: {
      id,
      name: 'Legacy engagement',
      hostTeam: 'Search',
      homeTeam: 'Aux Eng',
      people: [
        { name: 'Ada Lovelace', email: 'ada@example.com', role: 'engineer' },
        { name: 'Alan Turing', email: '', role: 'advisor' },
      ],
      startDate: '2025-09-01',
      endDate: '2025-11-10',
      status: 'done',
      createdAt: '2025-08-20T10:00:00.000Z',
      updatedAt: '2025-11-10T16:30:00.000Z',
      ...overrides,
    },
  };
}
