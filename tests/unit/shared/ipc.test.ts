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
import { REQUEST_SAMPLES } from './ipcSamples';

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
    for (const channel of INVOKE_CHANNELS) {
      const request: z.ZodType = contract[channel].request;
      const sample = REQUEST_SAMPLES[channel];
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
