import { describe, expect, it } from 'vitest';
import { fold, foldWithOrigin, termsOf, tokenize } from '../../../../shared/search/searchText';
import { parseQuery } from '../../../../shared/search/searchQuery';

describe('folding', () => {
  it('lower-cases and removes diacritics, so "zoe" and "Zoë" are the same term', () => {
    expect(fold('Zoë Çelik Ångström')).toBe('zoe celik angstrom');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('ﬁnal')).toBe('final');
  });

  it('keeps Hangul syllables whole', () => {
    expect(fold('배포 문제')).toBe('배포 문제');
    expect(tokenize('배포')).toEqual(['배', '배포', '포']);
  });

  it('remembers where each folded character came from, across surrogate pairs', () => {
    const { text, origin } = foldWithOrigin('a😀É');
    expect(text).toBe('a😀e');
    expect(origin).toEqual([0, 1, 1, 3]);
  });
});

describe('tokenize', () => {
  it('cuts words at spaces and punctuation, and drops the possessive', () => {
    expect(tokenize('Deploys, feature-flag; Zoë’s “rollout” v2.1')).toEqual([
      'deploys',
      'feature',
      'flag',
      'zoe',
      'rollout',
      'v2.1',
    ]);
  });

  it('turns a run of CJK characters into single characters and overlapping pairs', () => {
    expect(tokenize('部署问题')).toEqual(['部', '部署', '署', '署问', '问', '问题', '题']);
  });

  it('gives the same pairs for a CJK word whatever sentence it is in', () => {
    const inSentence = new Set(tokenize('我们讨论了部署问题。'));
    for (const term of tokenize('部署问题')) expect(inSentence.has(term)).toBe(true);
  });

  it('keeps Latin letters inside a CJK segment as their own term', () => {
    expect(tokenize('v2版本')).toEqual(['v2', '版', '版本', '本']);
  });

  it('places each term in the folded text', () => {
    expect(termsOf(fold('Go, Zoë'))).toEqual([
      { term: 'go', start: 0, end: 2 },
      { term: 'zoe', start: 4, end: 7 },
    ]);
  });
});

describe('parseQuery', () => {
  it('separates quoted phrases from words, folding the phrases', () => {
    expect(parseQuery('deploy "Feature   Flag" owner')).toEqual({
      words: ['deploy', 'owner'],
      phrases: ['feature flag'],
    });
  });

  it('reads a quote left open while typing as a phrase to the end', () => {
    expect(parseQuery('deploy "feature fl')).toEqual({ words: ['deploy'], phrases: ['feature fl'] });
  });

  it('ignores empty quotes and extra spaces', () => {
    expect(parseQuery('  ""  a  ')).toEqual({ words: ['a'], phrases: [] });
  });
});
