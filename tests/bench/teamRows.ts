import { adder, ms, type Probe, type Row } from './reportRows';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** 9. The team workspace on the generated team history (issue 15). */
export function teamRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `9. Team workspace: first clone (join), ${p('team', 'engagements')} engagements, ${p('team', 'commits')} commits by ${p('team', 'authors')} engineers`,
    ms(p('team', 'cloneMs')),
    `loopback HTTP (git http-backend); writing the history took ${ms(p('team', 'historyMs'))}`,
    '—',
    null,
  );
  add(
    '9. Sync after one retro edit (commit, fetch, push)',
    ms(p('team', 'sendMs')),
    `p95 ${ms(p('team', 'sendP95Ms'))}; the other laptop's sync that brings it in ${ms(p('team', 'receiveMs'))}`,
    '< 2 s on loopback',
    p('team', 'sendMs') < 2000,
  );
  add(
    '9. Repository size on disk (.git of a laptop)',
    mb(p('team', 'gitBytes')),
    `the remote's bare repository ${mb(p('team', 'remoteBytes'))}; the work tree ${mb(p('team', 'workTreeBytes'))}`,
    '—',
    null,
  );
  add(
    '9. Start-up (createMainServices + This week) with the engagements in the workspace',
    ms(p('team', 'startup.withMs')),
    `the same engagements on this laptop only ${ms(p('team', 'startup.withoutMs'))}; ratio ${p('team', 'startup.ratio')}`,
    '—',
    null,
  );
  return out;
}

/** 10. The convergence drill with more edits than the unit suite's. */
export function teamDrillRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `10. Convergence drill: ${p('teamDrill', 'edits')} edits on 3 laptops, seed ${p('teamDrill', 'seed')}`,
    `${p('teamDrill', 'seconds')} s`,
    `${p('teamDrill', 'syncs')} syncs (${ms(p('teamDrill', 'syncMsEach'))} each), ${p('teamDrill', 'offlineSyncs')} offline; ${p('teamDrill', 'conflictsSeen')} conflicts, ${p('teamDrill', 'resolutions')} resolved; quiet after ${p('teamDrill', 'finalRounds')} rounds`,
    'same files everywhere, nothing acknowledged lost',
    p('teamDrill', 'problems') === 0,
  );
  return out;
}
