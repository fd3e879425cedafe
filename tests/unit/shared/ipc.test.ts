import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS, isEventChannel, isInvokeChannel } from '../../../shared/channels';
import {
  contract,
  events,
  fieldErrorsOf,
  IPC_ERROR_CODES,
  MENU_ACTIONS,
  StartupProblemSchema,
} from '../../../shared/ipc';
import { EngagementInputSchema } from '../../../shared/model/engagement';
import { LifecyclePatchSchema, LifecycleSectionSchema } from '../../../shared/model/lifecycle';
import {
  MAX_MILESTONES,
  MAX_NPS_RESPONSES,
  ProjectPatchSchema,
  ProjectRetroSchema,
  ProjectSectionSchema,
} from '../../../shared/model/projectRetro';
import { MAX_GOALS, RetroPatchSchema, RetroSchema } from '../../../shared/model/retro';
import { person, validInput } from '../support/fixtures';

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('Expected a refusal.');
  return result.error;
}

describe('fieldErrorsOf', () => {
  it('keys messages by dotted path, array indexes included', () => {
    const error = errorOf(
      EngagementInputSchema,
      validInput({ name: '', people: [person(), person({ id: 'p-2', email: 'nope' })] }),
    );
    const fields = fieldErrorsOf(error);
    expect(fields['name']).toBe('Give the engagement a name.');
    expect(fields['people.1.email']).toBe('Enter a valid email address, like name@example.com.');
  });

  it("uses '_' for problems with the payload as a whole", () => {
    expect(Object.keys(fieldErrorsOf(errorOf(EngagementInputSchema, null)))).toEqual(['_']);
    const extra = fieldErrorsOf(errorOf(EngagementInputSchema, { ...validInput(), admin: true }));
    expect(Object.keys(extra)).toEqual(['_']);
    expect(extra['_']).toMatch(/admin/);
  });

  it('keeps the first message when a field has several', () => {
    const schema = z.object({ code: z.string().min(3, 'too short').regex(/^\d+$/, 'digits only') });
    const error = errorOf(schema, { code: 'a' });
    expect(error.issues).toHaveLength(2);
    expect(fieldErrorsOf(error)).toEqual({ code: 'too short' });
  });

  it('joins deep paths', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.object({ c: z.number() }) })) });
    expect(Object.keys(fieldErrorsOf(errorOf(schema, { a: [{ b: { c: 1 } }, { b: { c: 'x' } }] })))).toEqual([
      'a.1.b.c',
    ]);
  });
});

describe('the IPC contract', () => {
  it('has exactly the channels of shared/channels.ts', () => {
    expect(Object.keys(contract).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
  });

  it('has exactly the event channels of shared/channels.ts', () => {
    expect(Object.keys(events).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('refuses extra keys on every request', () => {
    const composeRequest = {
      engagementId: 'e1',
      note: { kind: 'retro', retroId: 'r1' },
      headers: { to: [{ name: 'Kenji', email: 'kenji@example.com' }], cc: [], subject: 'Retro notes' },
    };
    const samples: Record<keyof typeof contract, unknown> = {
      'app:startupReport': {},
      'app:openDataFolder': {},
      'settings:get': {},
      'settings:update': DEFAULT_SETTINGS,
      'engagements:list': {},
      'engagements:get': { id: 'e1' },
      'engagements:create': validInput(),
      'engagements:update': { id: 'e1', input: validInput() },
      'engagements:delete': { id: 'e1' },
      'engagements:restore': { id: 'e1' },
      'app:readyToClose': {},
      'app:restoreRecord': { engagementId: 'e1', record: 'retros/2026-03-05-r1.json' },
      'app:dismissProblems': {},
      'retros:list': { engagementId: 'e1' },
      'retros:create': { engagementId: 'e1', date: '2026-03-05' },
      'retros:update': { engagementId: 'e1', retroId: 'r1', patch: { mvpStatus: 'Blocked on DNS' } },
      'retros:saveNote': { engagementId: 'e1', retroId: 'r1', section: 'wentWell', doc: { type: 'doc', content: [] } },
      'retros:setActionItemDone': { engagementId: 'e1', retroId: 'r1', itemId: 'a1', done: true },
      'retros:delete': { engagementId: 'e1', retroId: 'r1' },
      'retros:restore': { engagementId: 'e1', retroId: 'r1' },
      'goals:save': {
        engagementId: 'e1',
        goalId: null,
        input: { kind: 'business', title: 'MVP live', metric: '', baseline: '', target: '', productionAdoption: true },
      },
      'goals:delete': { engagementId: 'e1', goalId: 'g1' },
      'mail:compose': { engagementId: 'e1', note: { kind: 'retro', retroId: 'r1' } },
      'mail:draft': composeRequest,
      'mail:saveEml': composeRequest,
      'mail:mailto': composeRequest,
      'mail:copy': composeRequest,
      'mail:copyHeader': { subject: 'Retro notes' },
      'mail:addEmail': {
        engagementId: 'e1',
        note: { kind: 'retro', retroId: 'r1' },
        name: 'Ana',
        email: 'ana@example.com',
      },
      'mail:send': composeRequest,
      'mail:confirmSent': { engagementId: 'e1', note: { kind: 'retro', retroId: 'r1' } },
      'mail:getSettings': {},
      'mail:saveSettings': {
        host: 'smtp.example.com',
        port: 587,
        security: 'starttls',
        user: 'zoe',
        from: { name: 'Zoë', email: 'zoe@example.com' },
        password: null,
      },
      'mail:sendTest': {},
      'mail:saveAuthor': { author: { name: 'Zoë', email: 'zoe@example.com' } },
      'outbox:list': {},
      'outbox:retry': { id: 'm1' },
      'outbox:cancel': { id: 'm1' },
      'outbox:clearSent': {},
      'outbox:restoreSent': { ids: ['m1'] },
      'lifecycle:get': { engagementId: 'e1' },
      'lifecycle:update': { engagementId: 'e1', patch: { mvpTargetDate: '2026-04-01' } },
      'lifecycle:saveNote': { engagementId: 'e1', note: 'onePager', doc: { type: 'doc', content: [] } },
      'lifecycle:promote': { engagementId: 'e1' },
      'lifecycle:candidates': {},
      'lifecycle:roster': {},
      'home:week': { today: '2026-03-04' },
      'search:query': { query: 'deploys', filters: {}, limit: 20 },
      'actions:list': { today: '2026-03-04' },
      'pdf:defaults': {},
      'pdf:export': { engagementId: 'e1', subject: { kind: 'retro', retroId: 'r1' }, paper: 'letter' },
      'print:document': { jobId: 'j1' },
      'print:rendered': { jobId: 'j1', error: null },
      'sample:create': {},
      'goals:restore': {
        engagementId: 'e1',
        index: 0,
        goal: {
          id: 'g1',
          createdAt: '2026-03-02T09:00:00.000Z',
          kind: 'technical',
          title: 'Coverage 80%',
          metric: 'line coverage',
          baseline: '40%',
          target: '80%',
          productionAdoption: false,
        },
      },
      'planner:get': { scope: { kind: 'plain' } },
      'planner:saveWeek': {
        scope: { kind: 'engagement', id: 'e1' },
        week: '2026-W02',
        plan: { days: { mon: { kind: 'pairing', hours: 8, note: '', partnerIds: ['p1'], topic: 'CI' } } },
      },
      'planner:resetWeek': { scope: { kind: 'plain' }, week: '2026-W53' },
      'planner:saveRitual': {
        engagementId: 'e1',
        ritual: { id: 'r1', kind: 'demo', name: 'Demo', days: ['fri'], time: '16:00', minutes: 30 },
      },
      'planner:deleteRitual': { engagementId: 'e1', ritualId: 'r1' },
      'planner:exportWeek': { scope: { kind: 'engagement', id: 'e1' }, week: '2026-W02' },
      'project:get': { engagementId: 'e1' },
      'project:update': { engagementId: 'e1', patch: { mvpTargetDate: '2026-03-20' } },
      'project:saveNote': { engagementId: 'e1', section: 'takeaways', doc: { type: 'doc', content: [] } },
      'project:export': { engagementId: 'e1', format: 'markdown' },
      'milestones:save': {
        engagementId: 'e1',
        milestoneId: null,
        input: { date: '2026-03-03', title: 'Kick-off', kind: 'kick-off', note: '' },
      },
      'milestones:delete': { engagementId: 'e1', milestoneId: 'm1' },
      'milestones:restore': {
        engagementId: 'e1',
        index: 0,
        milestone: {
          id: 'm1',
          createdAt: '2026-03-02T09:00:00.000Z',
          date: '2026-03-03',
          title: 'Kick-off',
          kind: 'kick-off',
          note: '',
        },
      },
      'nps:add': { engagementId: 'e1', input: { respondent: '', role: 'product', score: 9, comment: '' } },
      'nps:delete': { engagementId: 'e1', responseId: 'n1' },
      'nps:restore': {
        engagementId: 'e1',
        index: 0,
        response: {
          id: 'n1',
          createdAt: '2026-03-02T09:00:00.000Z',
          respondent: 'Kenji',
          role: 'engineer',
          score: 10,
          comment: '',
        },
      },
      'nps:overTime': {},
      'npsImport:preview': {
        engagementId: 'e1',
        source: { kind: 'paste', text: 'Score\n9' },
        options: { mapping: null, hasHeader: null, dateOrder: null, defaultRole: 'other' },
      },
      'npsImport:run': {
        engagementId: 'e1',
        source: { kind: 'file', name: 'responses.csv', base64: 'U2NvcmUKOQo=' },
        options: {
          mapping: { score: 0, comment: null, respondent: null, role: null, date: null },
          hasHeader: true,
          dateOrder: 'dmy',
          defaultRole: 'engineer',
        },
        expected: 1,
      },
      'npsImport:undo': { engagementId: 'e1', responseIds: ['n1'] },
      'team:status': {},
      'team:chooseFolder': {},
      'team:create': { dir: '/home/ana/team', remote: null, identity: { name: 'Ana', email: 'ana@example.com' } },
      'team:join': {
        dir: '/home/ana/team',
        remote: 'https://git.example.com/aux.git',
        identity: { name: 'Ana', email: 'ana@example.com' },
      },
      'team:setIdentity': { name: 'Ana', email: 'ana@example.com' },
      'team:sync': {},
      'team:move': { engagementId: 'e1', to: 'workspace' },
      'team:conflicts': {},
      'team:resolve': { engagementId: 'e1', conflictId: 'c1', choices: ['ours'] },
      'team:nps': {},
      'team:edits': { engagementId: 'e1' },
    };
    for (const channel of INVOKE_CHANNELS) {
      const request: z.ZodType = contract[channel].request;
      const sample = samples[channel];
      expect(request.safeParse(sample).success, `${channel} accepts its sample`).toBe(true);
      expect(
        request.safeParse({ ...(sample as object), sneaky: true }).success,
        `${channel} refuses an extra key`,
      ).toBe(false);
    }
  });

  it('refuses ids that are not safe file names', () => {
    for (const id of ['../settings', 'a/b', '', 'x'.repeat(65)]) {
      expect(contract['engagements:get'].request.safeParse({ id }).success).toBe(false);
    }
  });

  it('has no channel that opens an arbitrary URL (nothing in the renderer needs one): the preload refuses it', () => {
    expect(isInvokeChannel('app:openExternal')).toBe(false);
    expect(Object.keys(contract)).not.toContain('app:openExternal');
  });

  it('accepts only known menu actions', () => {
    for (const action of MENU_ACTIONS) expect(events.menu.safeParse({ action }).success).toBe(true);
    expect(events.menu.safeParse({ action: 'quit' }).success).toBe(false);
  });

  it('describes start-up problems', () => {
    const problem = { kind: 'quarantined', file: 'settings.json', movedTo: 'quarantine/x.json', message: 'm' };
    expect(StartupProblemSchema.parse(problem)).toEqual(problem);
    expect(StartupProblemSchema.safeParse({ ...problem, kind: 'gone' }).success).toBe(false);
  });

  it('lists the error codes the router uses', () => {
    expect(IPC_ERROR_CODES).toEqual(
      expect.arrayContaining(['invalid-payload', 'unknown-channel', 'forbidden', 'not-found', 'storage', 'internal']),
    );
  });
});

describe('channel guards', () => {
  it('accepts exactly the listed channels', () => {
    for (const channel of INVOKE_CHANNELS) expect(isInvokeChannel(channel)).toBe(true);
    for (const channel of EVENT_CHANNELS) expect(isEventChannel(channel)).toBe(true);
    for (const other of ['menu', 'engagements:drop', '', 'toString', '__proto__', 42, null, undefined, {}]) {
      expect(isInvokeChannel(other)).toBe(false);
    }
    for (const other of ['app:startupReport', 'MENU', 7]) expect(isEventChannel(other)).toBe(false);
  });
});

describe('requests are built from the file schemas (issue 12: what IPC accepts, the files accept)', () => {
  const fieldsOf = (schema: z.ZodObject) =>
    Object.fromEntries(
      Object.entries(schema.shape).map(([key, field]) => [
        key,
        field instanceof z.ZodOptional ? field.unwrap() : field,
      ]),
    );

  it('a retro patch checks each field with the stored retro’s own schema', () => {
    const fields = fieldsOf(RetroPatchSchema);
    expect(Object.keys(fields).sort()).toEqual(['attendees', 'date', 'goalScores', 'mvpStatus', 'startedAt']);
    for (const [key, field] of Object.entries(fields))
      expect(field).toBe(RetroSchema.shape[key as keyof typeof RetroSchema.shape]);
  });

  it('a project patch checks each field with the stored project section’s own schema', () => {
    const fields = fieldsOf(ProjectPatchSchema);
    expect(fields['mvpTargetDate']).toBe(ProjectSectionSchema.shape.mvpTargetDate);
    expect(fields['date']).toBe(ProjectRetroSchema.shape.date);
    expect(fields['attendees']).toBe(ProjectRetroSchema.shape.attendees);
    expect(Object.keys(fields).sort()).toEqual(['attendees', 'date', 'mvpTargetDate']);
  });

  it('a lifecycle patch checks each field with the stored section’s own schema', () => {
    for (const [key, field] of Object.entries(fieldsOf(LifecyclePatchSchema))) {
      expect(field).toBe(LifecycleSectionSchema.shape[key as keyof typeof LifecycleSectionSchema.shape]);
    }
  });

  it('Undo may put an item back anywhere in a full list, and nowhere past it', () => {
    const index = (channel: 'goals:restore' | 'milestones:restore' | 'nps:restore') =>
      contract[channel].request.shape.index;
    expect(index('goals:restore').safeParse(MAX_GOALS).success).toBe(true);
    expect(index('goals:restore').safeParse(MAX_GOALS + 1).success).toBe(false);
    expect(index('milestones:restore').safeParse(MAX_MILESTONES + 1).success).toBe(false);
    expect(index('nps:restore').safeParse(MAX_NPS_RESPONSES + 1).success).toBe(false);
  });
});
