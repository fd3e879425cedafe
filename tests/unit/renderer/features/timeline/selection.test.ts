import { describe, expect, it } from 'vitest';
import { indexOfSelection, selectionOf } from '../../../../../renderer/features/timeline/selection';

const item = (id: string, date: string) => ({ id, date });
const before = [item('start', '2026-01-05'), item('m:coverage', '2026-02-20'), item('end', '2026-03-13')];

describe('the timeline selection follows its record', () => {
  it('finds the selected record wherever it is now', () => {
    const selected = selectionOf(before[1]);
    expect(indexOfSelection(before, selected, '2026-01-05')).toBe(1);
    // A milestone added before it: the same record, one place on.
    const added = [before[0], item('m:kickoff', '2026-01-06'), ...before.slice(1)].flatMap((i) => (i ? [i] : []));
    expect(added[indexOfSelection(added, selected, '2026-01-05')]?.id).toBe('m:coverage');
    // One removed before it, and the items reordered: still the same record.
    const removed = [item('end', '2026-03-13'), item('m:coverage', '2026-02-20')];
    expect(removed[indexOfSelection(removed, selected, '2026-01-05')]?.id).toBe('m:coverage');
  });

  it('goes to the item nearest its date once the record is gone', () => {
    const selected = selectionOf(item('m:gone', '2026-03-10'));
    expect(indexOfSelection(before, selected, '2026-01-05')).toBe(2);
  });

  it('starts at the item nearest today, and has none on an empty timeline', () => {
    expect(indexOfSelection(before, null, '2026-02-18')).toBe(1);
    expect(indexOfSelection(before, null, '2025-06-01')).toBe(0);
    expect(indexOfSelection([], selectionOf(before[0]), '2026-02-18')).toBe(-1);
    expect(selectionOf(undefined)).toBeNull();
  });
});
