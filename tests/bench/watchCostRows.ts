import { ms, adder, type Probe, type Row } from './reportRows';

/** 3. What the folder watch adds to an autosave: main-thread time with the watch on against off. */
export function watchCostRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `3. Main-thread time per autosave of the big note, folder watch on (save, write, and the watch's answer ${p('watchCost', 'saves')}×)`,
    ms(p('watchCost', 'on.activeMs')),
    `watch off ${ms(p('watchCost', 'off.activeMs'))}; ratio ${p('watchCost', 'ratio')}; longest stall ${ms(p('watchCost', 'on.maxStallMs'))} vs ${ms(p('watchCost', 'off.maxStallMs'))}`,
    'ratio ≤ 1.2 (the app’s own saves are not read back)',
    p('watchCost', 'ratio') <= 1.2,
  );
  add(
    '3. Folder reads per own save (the watch reading the engagement back)',
    String(p('watchCost', 'on.reloadsPerSave')),
    `one read-back of the big engagement costs ${ms(p('watchCost', 'readBackMs'))} on the main thread`,
    '0',
    p('watchCost', 'on.reloadsPerSave') === 0,
  );
  return out;
}
