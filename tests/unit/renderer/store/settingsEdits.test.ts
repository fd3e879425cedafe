import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/model/settings';
import { labelsOf, nextChange, planSettingsSave } from '../../../../renderer/store/settingsEdits';

const saved: Settings = DEFAULT_SETTINGS;

describe('planSettingsSave', () => {
  it('saves the changed settings over the saved ones', () => {
    const plan = planSettingsSave(saved, { ...saved, engagementWeeks: 12 }, ['engagementWeeks']);
    expect(plan).toEqual({ errors: {}, next: { ...saved, engagementWeeks: 12 }, keys: ['engagementWeeks'] });
  });

  it('keeps an invalid value out of the save, with its error, and still saves the valid ones', () => {
    const draft = { ...saved, engagementWeeks: 0, bufferWeeks: 4 };
    const plan = planSettingsSave(saved, draft, ['engagementWeeks', 'bufferWeeks']);
    expect(plan.errors).toEqual({ engagementWeeks: 'Engagement length must be at least 1.' });
    expect(plan.next).toEqual({ ...saved, bufferWeeks: 4 });
    expect(plan.keys).toEqual(['bufferWeeks']);
  });

  it('an emptied number field is an error, not a zero', () => {
    const plan = planSettingsSave(saved, { ...saved, retroMinutes: Number.NaN }, ['retroMinutes']);
    expect(plan.errors).toEqual({ retroMinutes: 'Retro length must be a number.' });
    expect(plan.next).toBeNull();
  });

  it('one wrong retro step holds back the timer, which is one setting', () => {
    const minutes = [...saved.retroPhaseMinutes];
    minutes[2] = 0;
    const plan = planSettingsSave(saved, { ...saved, retroPhaseMinutes: minutes }, ['retroPhaseMinutes']);
    expect(plan.errors).toEqual({ 'retroPhaseMinutes.2': 'A step must be at least 1.' });
    expect(plan.next).toBeNull();
  });

  it('saves nothing while a rule across fields is broken, and says where', () => {
    const draft: Settings = { ...saved, workingDays: ['mon', 'tue', 'wed', 'thu'] };
    const plan = planSettingsSave(saved, draft, ['workingDays']);
    expect(plan.errors).toEqual({ twentyPercentDay: 'The 20% day must be one of the working days.' });
    expect(plan.next).toBeNull();
    const settled = planSettingsSave(saved, { ...draft, twentyPercentDay: 'thu' }, ['workingDays', 'twentyPercentDay']);
    expect(settled.errors).toEqual({});
    expect(settled.next).toMatchObject({ workingDays: ['mon', 'tue', 'wed', 'thu'], twentyPercentDay: 'thu' });
  });

  it('a rule broken by the valid part alone shows too, while another field has its own error', () => {
    const draft: Settings = { ...saved, workingDays: ['mon', 'tue', 'wed', 'thu'], engagementWeeks: 99 };
    const plan = planSettingsSave(saved, draft, ['workingDays', 'engagementWeeks']);
    expect(plan.errors).toEqual({
      engagementWeeks: 'Engagement length must be at most 52.',
      twentyPercentDay: 'The 20% day must be one of the working days.',
    });
    expect(plan.next).toBeNull();
  });

  it('never sends an untouched setting from the form: the saved one (changed elsewhere) wins', () => {
    const elsewhere: Settings = { ...saved, mailMethod: 'smtp' };
    const stale: Settings = { ...saved, mailMethod: null, theme: 'dark' };
    const plan = planSettingsSave(elsewhere, stale, ['theme']);
    expect(plan.next).toEqual({ ...saved, mailMethod: 'smtp', theme: 'dark' });
  });

  it('has nothing to save when the form matches what is saved', () => {
    expect(planSettingsSave(saved, { ...saved }, ['engagementWeeks']).next).toBeNull();
  });
});

describe('nextChange', () => {
  it('one setting saved over several pauses is one change, undone to where it started', () => {
    const first = nextChange(null, saved, ['engagementWeeks']);
    const second = nextChange(first, { ...saved, engagementWeeks: 1 }, ['engagementWeeks']);
    expect(second).toEqual({ keys: ['engagementWeeks'], before: { engagementWeeks: 10 } });
  });

  it('another setting starts a new change', () => {
    const first = nextChange(null, saved, ['engagementWeeks']);
    expect(nextChange(first, { ...saved, engagementWeeks: 12 }, ['theme'])).toEqual({
      keys: ['theme'],
      before: { theme: 'system' },
    });
  });
});

describe('labelsOf', () => {
  it('names the settings a save changed', () => {
    expect(labelsOf(['engagementWeeks'])).toBe('Engagement length');
    expect(labelsOf(['workingDays', 'twentyPercentDay'])).toBe('Working days and 20% day');
    expect(labelsOf(['theme', 'spellcheck', 'notifications'])).toBe('Theme, Spell checking and Desktop notifications');
  });
});
