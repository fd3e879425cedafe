import { person } from '../../support/fixtures';

/** Shared by the calendarExport.*.test.ts files: the host team, with a non-ASCII name. */
export const host = [
  person({ id: 'kenji', name: 'Kenji Sato', email: 'kenji@example.com', role: 'tech-lead' }),
  person({ id: 'ana', name: 'Zoë Ångström', email: 'zoe@example.com', role: 'host-developer' }),
];
