import { z } from 'zod';
import { isIsoDate } from '../dates';
import { hasControlChars } from '../text';

export const ENGAGEMENT_STATUSES = ['sourcing', 'planning', 'active', 'wrapping-up', 'done', 'ended-early'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const STATUS_LABELS: Record<EngagementStatus, string> = {
  sourcing: 'Sourcing',
  planning: 'Planning',
  active: 'Active',
  'wrapping-up': 'Wrapping up',
  done: 'Done',
  'ended-early': 'Ended early',
};

export const PERSON_ROLES = ['engineer', 'advisor', 'host-developer', 'host-pm', 'tech-lead', 'manager'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ROLE_LABELS: Record<PersonRole, string> = {
  engineer: 'Engineer',
  advisor: 'Advisor',
  'host-developer': 'Host developer',
  'host-pm': 'Host PM',
  'tech-lead': 'Tech lead',
  manager: 'Manager',
};

/** Ids double as file names, so they are restricted to a safe alphabet. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid id.');

export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'Enter a date as YYYY-MM-DD.' });

/** No control characters, tab and line breaks included (shared/text.ts): names end up in mail headers. */
export const singleLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .refine((s) => !hasControlChars(s), { message: `${label} cannot contain line breaks or control characters.` });

/** A person's address, as the engagement file keeps it ('' when not known). */
export const PersonEmailSchema = z
  .string()
  .trim()
  .max(254, 'Email address is too long.')
  .refine((s) => s === '' || z.email().safeParse(s).success, {
    message: 'Enter a valid email address, like name@example.com.',
  });

export const PersonSchema = z
  .object({
    id: IdSchema,
    name: singleLine('Name', 120).pipe(z.string().min(1, 'Enter the person’s name.')),
    email: PersonEmailSchema,
    role: z.enum(PERSON_ROLES, { message: 'Choose a role.' }),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

const EngagementFields = z.object({
  name: singleLine('Name', 120).pipe(z.string().min(1, 'Give the engagement a name.')),
  hostTeam: singleLine('Host team', 120),
  homeTeam: singleLine('Home team', 120),
  people: z.array(PersonSchema).max(200, 'At most 200 people per engagement.'),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  status: z.enum(ENGAGEMENT_STATUSES, { message: 'Choose a status.' }),
  endedEarlyReason: z.string().trim().max(4000, 'Reason is too long (at most 4000 characters).'),
});

type FieldsShape = z.infer<typeof EngagementFields>;

function checkEngagementRules(value: FieldsShape, ctx: z.RefinementCtx): void {
  if (value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date.' });
  }
  if (value.status === 'ended-early' && value.endedEarlyReason === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['endedEarlyReason'],
      message: 'Say why the engagement ended early.',
    });
  }
  const seen = new Map<string, number>();
  value.people.forEach((person, index) => {
    if (person.email === '') return;
    const key = person.email.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['people', index, 'email'],
        message: `Same email as person ${first + 1}.`,
      });
    } else {
      seen.set(key, index);
    }
  });
  const ids = new Set<string>();
  value.people.forEach((person, index) => {
    if (ids.has(person.id)) {
      ctx.addIssue({ code: 'custom', path: ['people', index, 'id'], message: 'Duplicate person id.' });
    }
    ids.add(person.id);
  });
}

/** What a user submits when creating or editing an engagement. */
export const EngagementInputSchema = EngagementFields.strict().superRefine(checkEngagementRules);
export type EngagementInput = z.infer<typeof EngagementInputSchema>;

export const EngagementSchema = EngagementFields.extend({
  id: IdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
  .strict()
  .superRefine(checkEngagementRules);
export type Engagement = z.infer<typeof EngagementSchema>;

export const EngagementSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  hostTeam: z.string(),
  status: z.enum(ENGAGEMENT_STATUSES),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  peopleCount: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
});
export type EngagementSummary = z.infer<typeof EngagementSummarySchema>;

export function summarize(engagement: Engagement): EngagementSummary {
  return {
    id: engagement.id,
    name: engagement.name,
    hostTeam: engagement.hostTeam,
    status: engagement.status,
    startDate: engagement.startDate,
    endDate: engagement.endDate,
    peopleCount: engagement.people.length,
    updatedAt: engagement.updatedAt,
  };
}
