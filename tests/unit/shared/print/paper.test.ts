import { describe, expect, it } from 'vitest';
import {
  cdpPdfParams,
  electronPdfOptions,
  PAPER_SIZES,
  paperForLocale,
  pdfLayout,
} from '../../../../shared/print/paper';

/** PostScript points: what pdfinfo reports a page in. */
const points = (inches: number) => Math.round(inches * 72 * 100) / 100;

describe('paperForLocale', () => {
  it.each([
    ['US', 'letter'],
    ['CA', 'letter'],
    ['en-US', 'letter'],
    ['fr-CA', 'letter'],
    ['en_US.UTF-8', 'letter'],
    ['fr_CA.UTF-8@euro', 'letter'],
    ['es-US', 'letter'],
    ['en-GB', 'a4'],
    ['de-DE', 'a4'],
    ['en_AU.UTF-8', 'a4'],
    ['DE', 'a4'],
    ['ja-JP', 'a4'],
  ] as const)('%s prints on %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });

  it.each(['en', 'fr', '', 'C', 'POSIX', 'C.UTF-8', 'not a locale', '--', 'us'])(
    'a locale that names no region (%j) prints on A4',
    (locale) => {
      expect(paperForLocale(locale)).toBe('a4');
    },
  );

  it('prints on A4 without a locale', () => {
    expect(paperForLocale(null)).toBe('a4');
    expect(paperForLocale(undefined)).toBe('a4');
  });
});

describe('the PDF layout', () => {
  it('is A4 (595 × 842 pt) or Letter (612 × 792 pt)', () => {
    expect([points(PAPER_SIZES.a4.widthIn), points(PAPER_SIZES.a4.heightIn)]).toEqual([595.28, 841.89]);
    expect([points(PAPER_SIZES.letter.widthIn), points(PAPER_SIZES.letter.heightIn)]).toEqual([612, 792]);
  });

  it('gives Electron and CDP the same page, margins and footer', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const layout = pdfLayout(paper, 'Retro of 4 Feb 2027 · Payments');
      const electron = electronPdfOptions(layout);
      const cdp = cdpPdfParams(layout);
      expect([electron.pageSize.width, electron.pageSize.height]).toEqual([cdp.paperWidth, cdp.paperHeight]);
      expect([PAPER_SIZES[paper].widthIn, PAPER_SIZES[paper].heightIn]).toEqual([cdp.paperWidth, cdp.paperHeight]);
      expect(electron.margins).toEqual({
        top: cdp.marginTop,
        bottom: cdp.marginBottom,
        left: cdp.marginLeft,
        right: cdp.marginRight,
      });
      expect(electron.footerTemplate).toBe(cdp.footerTemplate);
      expect(electron.headerTemplate).toBe(cdp.headerTemplate);
      // Chromium's own header (the date and the title) is replaced by an empty one.
      expect(cdp.displayHeaderFooter).toBe(true);
      expect(cdp.headerTemplate).toBe('<span></span>');
      expect(cdp.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    }
  });

  it('escapes the footer text, and shortens a long one to fit beside the page number', () => {
    const hostile = pdfLayout('a4', 'Retro of <img src=x onerror=alert(1)> & "friends"').footerTemplate;
    expect(hostile).toContain('Retro of &lt;img src=x onerror=alert(1)&gt; &amp; &quot;friends&quot;');
    expect(hostile).not.toContain('<img');
    const long = pdfLayout('a4', `Retro of 4 Feb 2027 · ${'Zoë '.repeat(60)}`).footerTemplate;
    const shown = /<span>([^<]*)<\/span><span>Page/.exec(long)?.[1] ?? '';
    expect(Array.from(new Intl.Segmenter().segment(shown))).toHaveLength(110);
    expect(shown.endsWith('…')).toBe(true);
  });
});
