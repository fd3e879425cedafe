import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/ipc';
import { appChannels } from '../../../../shared/ipc/app';
import { engagementChannels } from '../../../../shared/ipc/engagements';
import { homeChannels } from '../../../../shared/ipc/home';
import { lifecycleChannels } from '../../../../shared/ipc/lifecycle';
import { mailChannels } from '../../../../shared/ipc/mail';
import { npsImportChannels } from '../../../../shared/ipc/npsImport';
import { plannerChannels } from '../../../../shared/ipc/planner';
import { projectChannels } from '../../../../shared/ipc/project';
import { retroChannels } from '../../../../shared/ipc/retros';
import { searchChannels } from '../../../../shared/ipc/search';
import { actionChannels } from '../../../../shared/ipc/actions';
import { pdfChannels } from '../../../../shared/ipc/pdf';
import { sampleChannels } from '../../../../shared/ipc/sample';
import { teamChannels } from '../../../../shared/ipc/team';

describe('the contract, one file per service', () => {
  it('is merged from the service files with no channel in two of them (a spread would keep only the last)', () => {
    const groups = [
      appChannels,
      engagementChannels,
      retroChannels,
      mailChannels,
      plannerChannels,
      projectChannels,
      npsImportChannels,
      lifecycleChannels,
      homeChannels,
      searchChannels,
      actionChannels,
      pdfChannels,
      sampleChannels,
      teamChannels,
    ];
    const names = groups.flatMap((g) => Object.keys(g));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(contract).sort());
  });
});
