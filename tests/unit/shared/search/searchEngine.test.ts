import { describe, expect, it } from 'vitest';
import { recordKeyOf, type SearchDoc, type SearchKind } from '../../../../shared/search/searchDoc';
import { SearchEngine, type SearchResults } from '../../../../shared/search/searchEngine';

function doc(
  engagementId: string,
  kind: SearchKind,
  recordId: string,
  section: string | null,
  text: string,
  extra: Partial<SearchDoc> = {},
): SearchDoc {
  const recordKey = recordKeyOf(engagementId, kind, recordId);
  return {
    id: `${recordKey}#${section ?? ''}`,
    recordKey,
    engagementId,
    engagementName: engagementId === 'e1' ? 'Payments MVP' : 'Search EU',
    kind,
    recordId,
    section,
    title: extra.title ?? `${kind} ${recordId}`,
    date: null,
    people: [],
    text,
    ...extra,
  };
}

function retro(
  engagementId: string,
  recordId: string,
  date: string,
  sections: Record<string, string>,
  people: string[] = [],
) {
  return Object.entries(sections).map(([section, text]) =>
    doc(engagementId, 'retro', recordId, section, text, { date, people, title: `Retro of ${date}` }),
  );
}

function hitIds(results: SearchResults): string[] {
  return results.groups.flatMap((g) => g.records.flatMap((r) => r.hits.map((h) => h.docId)));
}

function world(): SearchEngine {
  const engine = new SearchEngine();
  engine.setRecord(
    recordKeyOf('e1', 'retro', 'r1'),
    retro(
      'e1',
      'r1',
      '2026-11-05',
      {
        wentWell: 'The deploys ran every day after we moved the feature flag to the config service.',
        wentPoorly: 'Flaky tests blocked the pipeline twice.',
      },
      ['Zoë Martin', 'Kenji Sato'],
    ),
  );
  engine.setRecord(
    recordKeyOf('e1', 'retro', 'r2'),
    retro(
      'e1',
      'r2',
      '2026-11-12',
      { wentWell: 'We flagged the feature for removal.', notes: '我们讨论了部署问题。' },
      ['Kenji Sato'],
    ),
  );
  engine.setRecord(recordKeyOf('e2', 'goal', 'g1'), [
    doc('e2', 'goal', 'g1', null, 'Metric: p95 checkout latency', { title: 'Cut checkout latency' }),
  ]);
  engine.setRecord(recordKeyOf('e2', 'person', 'p1'), [
    doc('e2', 'person', 'p1', null, 'zoe@example.com', { title: 'Zoë Çelik', people: ['Zoë Çelik'] }),
  ]);
  return engine;
}

describe('SearchEngine matching', () => {
  it('finds a word by its prefix and with a typo ("deploi" finds "deploys")', () => {
    const engine = world();
    expect(hitIds(engine.search('deplo'))).toEqual(['e1/retro/r1#wentWell']);
    expect(hitIds(engine.search('deploi'))).toEqual(['e1/retro/r1#wentWell']);
  });

  it('folds diacritics both ways ("zoe" finds "Zoë", "Çelik" finds "celik")', () => {
    const engine = world();
    expect(hitIds(engine.search('zoe celik'))).toEqual(['e2/person/p1#']);
    expect(hitIds(engine.search('ÇELIK'))).toEqual(['e2/person/p1#']);
  });

  it('finds CJK text by any part of it, and not by its characters in another order', () => {
    const engine = world();
    expect(hitIds(engine.search('部署'))).toEqual(['e1/retro/r2#notes']);
    expect(hitIds(engine.search('署问'))).toEqual(['e1/retro/r2#notes']);
    expect(hitIds(engine.search('问部'))).toEqual([]);
  });

  it('matches a phrase in quotes only where its words stand together', () => {
    const engine = world();
    expect(hitIds(engine.search('feature flag')).sort()).toEqual(['e1/retro/r1#wentWell', 'e1/retro/r2#wentWell']);
    expect(hitIds(engine.search('"feature flag"'))).toEqual(['e1/retro/r1#wentWell']);
    expect(hitIds(engine.search('"flag feature"'))).toEqual([]);
  });

  it('needs every word (AND), and finds nothing for an empty query', () => {
    const engine = world();
    expect(hitIds(engine.search('flaky pipeline'))).toEqual(['e1/retro/r1#wentPoorly']);
    expect(hitIds(engine.search('flaky checkout'))).toEqual([]);
    expect(engine.search('   ')).toEqual({ groups: [], total: 0 });
  });
});

describe('SearchEngine results', () => {
  it('groups hits by engagement and record, with a snippet and the match highlighted', () => {
    const results = world().search('"feature flag"');
    expect(results.total).toBe(1);
    const [group] = results.groups;
    expect(group?.engagementName).toBe('Payments MVP');
    expect(group?.records.map((r) => [r.title, r.date])).toEqual([['Retro of 2026-11-05', '2026-11-05']]);
    const hit = group?.records[0]?.hits[0];
    expect(hit?.section).toBe('wentWell');
    const snippet = hit?.snippet;
    expect(snippet?.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['feature flag']);
  });

  it('highlights the word as written, accents and case kept', () => {
    const engine = new SearchEngine();
    engine.setRecord('e1/retro/r5', [doc('e1', 'retro', 'r5', 'notes', 'Ask ZOË’s team about İstanbul.')]);
    const snippet = engine.search('zoe istanbul').groups[0]?.records[0]?.hits[0]?.snippet;
    expect(snippet?.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['ZOË', 'İstanbul']);
  });

  it('cuts a long text around the first match, with ellipses', () => {
    const engine = new SearchEngine();
    const long = `${'word '.repeat(100)}rollback happened ${'more '.repeat(100)}`;
    engine.setRecord('e1/retro/r9', [doc('e1', 'retro', 'r9', 'notes', long)]);
    const snippet = engine.search('rollback').groups[0]?.records[0]?.hits[0]?.snippet;
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.text.length).toBeLessThanOrEqual(202);
    expect(snippet?.highlights.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['rollback']);
  });

  it('filters by engagement, kind, date range and person', () => {
    const engine = world();
    expect(hitIds(engine.search('feature', { engagementIds: ['e2'] }))).toEqual([]);
    expect(hitIds(engine.search('latency', { kinds: ['goal'] }))).toEqual(['e2/goal/g1#']);
    expect(hitIds(engine.search('latency', { kinds: ['retro'] }))).toEqual([]);
    expect(hitIds(engine.search('feature', { from: '2026-11-10', to: '2026-11-30' }))).toEqual([
      'e1/retro/r2#wentWell',
    ]);
    expect(hitIds(engine.search('latency', { from: '2026-01-01' }))).toEqual([]);
    expect(hitIds(engine.search('feature', { person: 'zoe' }))).toEqual(['e1/retro/r1#wentWell']);
  });

  it('counts every hit in total and returns at most the limit', () => {
    const engine = new SearchEngine();
    for (let i = 0; i < 30; i += 1)
      engine.setRecord(`e1/retro/r${i}`, [doc('e1', 'retro', `r${i}`, 'notes', 'standup moved')]);
    const results = engine.search('standup', {}, 10);
    expect(results.total).toBe(30);
    expect(hitIds(results)).toHaveLength(10);
  });
});

describe('SearchEngine updates', () => {
  it('replaces a record as a whole when it is saved again: old words are gone, new ones found', () => {
    const engine = world();
    engine.setRecord(
      recordKeyOf('e1', 'retro', 'r1'),
      retro('e1', 'r1', '2026-11-05', { wentWell: 'Canary releases.' }),
    );
    expect(hitIds(engine.search('deploys'))).toEqual([]);
    expect(hitIds(engine.search('flaky'))).toEqual([]);
    expect(hitIds(engine.search('canary'))).toEqual(['e1/retro/r1#wentWell']);
  });

  it('forgets a deleted record and a deleted engagement', () => {
    const engine = world();
    engine.removeRecord(recordKeyOf('e1', 'retro', 'r2'));
    expect(hitIds(engine.search('部署'))).toEqual([]);
    engine.removeEngagement('e2');
    expect(hitIds(engine.search('latency'))).toEqual([]);
    expect(engine.recordKeys()).toEqual([recordKeyOf('e1', 'retro', 'r1')]);
  });
});
