import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../../shared/team/mergeJson';

const entry = (at: string, state: string, via = 'smtp', outboxId: string | null = null) => ({
  at,
  via,
  to: ['ana@example.com'],
  state,
  outboxId,
});

describe('a retro’s mail log merged from two laptops', () => {
  it('keeps both laptops’ mails, in time order, without a conflict', () => {
    const base = { mailLog: [entry('2026-03-05T10:00:00.000Z', 'drafted', 'draft')] };
    const ours = { mailLog: [...base.mailLog, entry('2026-03-05T11:00:00.000Z', 'copied', 'copy')] };
    const theirs = { mailLog: [...base.mailLog, entry('2026-03-05T10:30:00.000Z', 'sent', 'smtp', 'o1')] };
    const { merged, conflicts } = mergeRecord(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect((merged as typeof base).mailLog.map((e) => e.at)).toEqual([
      '2026-03-05T10:00:00.000Z',
      '2026-03-05T10:30:00.000Z',
      '2026-03-05T11:00:00.000Z',
    ]);
    expect(mergeRecord(base, theirs, ours).merged).toEqual(merged);
  });

  it('one mail logged on both, queued here and sent there, is one entry: sent', () => {
    const queued = entry('2026-03-05T10:00:00.000Z', 'queued', 'smtp', 'o1');
    const sent = { ...queued, state: 'sent' };
    const { merged, conflicts } = mergeRecord({ mailLog: [] }, { mailLog: [queued] }, { mailLog: [sent] });
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ mailLog: [sent] });
  });
});
