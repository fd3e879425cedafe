import { adder, kb, ms, type Probe, type Row } from './reportRows';
import { round } from './stats';

/** 3. What one autosave costs with 20 engagements against 1. */
export function saveCostRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    '3. Autosave of one retro note, 20 engagements on disk: IPC handler + file write',
    `${ms(p('saveCost', 'all.handlerMs'))} + ${ms(p('saveCost', 'all.writeMs'))}`,
    `1 engagement: ${ms(p('saveCost', 'one.handlerMs'))} + ${ms(p('saveCost', 'one.writeMs'))}`,
    'independent of the number of engagements (handler within 20%; the write is one file, same bytes)',
    p('saveCost', 'all.handlerMs') <= 1.2 * p('saveCost', 'one.handlerMs') + 0.5 &&
      p('saveCost', 'all.filesPerSave') === 1,
  );
  add(
    '3. Bytes written per save, 20 engagements',
    kb(p('saveCost', 'all.bytesPerSave')),
    `1 engagement: ${kb(p('saveCost', 'one.bytesPerSave'))}`,
    'equal',
    p('saveCost', 'all.bytesPerSave') === p('saveCost', 'one.bytesPerSave'),
  );
  add(
    '3. Bytes written per note save against the note’s own JSON (a file per record)',
    `${kb(p('saveCost', 'all.bytesPerSave'))} for a ${kb(p('saveCost', 'all.noteBytes'))} note`,
    `${round(p('saveCost', 'all.bytesPerSave') / Math.max(1, p('saveCost', 'all.noteBytes')), 2)}×`,
    'at most 4× the note (issue 14)',
    p('saveCost', 'all.bytesPerSave') <= 4 * p('saveCost', 'all.noteBytes'),
  );
  return out;
}
