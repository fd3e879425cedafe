import { describe, expect, it } from 'vitest';
import { composeRetroMail } from '../../../../shared/mail/retroMail';
import { doc, line, link, paragraph, taskItem, taskList, text } from '../../support/notes';
import { engagement, goal, fullRetro, compose, tags } from './retroMailFixtures';

describe('composeRetroMail: action items, goal scores, MVP status', () => {
  it('shows goal scores as a table, skipping goals that were deleted', () => {
    const { html } = compose(fullRetro());
    const table = html.split('Goal scores</h2>')[1]?.split('</table>')[0] ?? '';
    expect(table).toContain('<thead><tr>');
    const rows = [...table.matchAll(/<tr><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr>/g)].map(
      (m) => m.slice(1),
    );
    expect(rows).toEqual([
      ['Deploys under 10 min', '80%', 'p50 at 12 min'],
      ['Adoption', '40%', ''],
    ]);
    expect(html).not.toContain('goal removed since');
  });

  it('shows the MVP status when there is one', () => {
    expect(compose(fullRetro()).html).toMatch(
      /MVP status<\/h2>\n<p style="[^"]+">Billing MVP live for 10% of traffic<\/p>/,
    );
    const none = compose(fullRetro({ mvpStatus: '' }));
    expect(none.text).not.toContain('MVP status');
    expect(none.html).not.toContain('MVP status');
  });
});

describe('composeRetroMail: the HTML part is safe to mail', () => {
  const hostileEngagement = engagement({ name: '<script>alert(1)</script>' });
  const hostileRetro = fullRetro({
    attendees: [{ personId: null, name: 'Eve <img src=x onerror=alert(1)>', email: 'eve@example.com' }],
    goalScores: [{ goalId: 'g-1', score: 50, note: '<iframe src="https://evil.example/">' }],
    mvpStatus: '"><script src="https://evil.example/x.js"></script>',
    notes: {
      wentWell: doc(paragraph(text('<style>body{display:none}</style>'), text('bad', [link('javascript:alert(1)')]))),
      wentPoorly: doc(line('<a href="https://evil.example/">phish</a>')),
      doNextTime: doc(taskList(taskItem({ id: 'x-1' }, '<b onclick=x>bold</b>'))),
      notes: doc(paragraph(text('ok', [link('https://docs.example.com/runbook?a=1&b=2')]))),
    },
  });
  const { html } = composeRetroMail({
    engagement: hostileEngagement,
    retro: hostileRetro,
    goals: [goal('g-1', '<svg onload=alert(1)>')],
  });

  it('has no script, image, iframe, style block, form or event handler', () => {
    expect(html).not.toMatch(
      /<script|<img|<iframe|<svg|<style|<link|<form|<object|<embed|<b |<a href="https:\/\/evil/i,
    );
    // Text is escaped, so every "<" opens a real tag: check the attributes of the tags.
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/javascript:/i);
    }
  });

  it('has no remote URL other than the links the user wrote', () => {
    // An ordinary mail: the only URL anywhere is the user's own link (no images, fonts, trackers).
    const ordinary = compose(fullRetro()).html;
    expect([...ordinary.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/gi)].map((m) => m[0])).toEqual([
      'https://git.example.com/pr/42',
    ]);
    // A hostile one: URLs typed as text stay text; the only link is the safe one the user made.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://docs.example.com/runbook?a=1&amp;b=2',
    ]);
    for (const tag of tags(html)) expect(tag).not.toMatch(/\ssrc=|background=|url\(|@import/i);
  });

  it('escapes everything the user typed', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Eve &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&lt;b onclick=x&gt;bold&lt;/b&gt;');
  });

  it('uses inline styles only: no classes, no style blocks', () => {
    const ordinary = compose(fullRetro()).html;
    for (const out of [html, ordinary]) {
      expect(out).not.toMatch(/\sclass=|<style/i);
      const styled = out.match(/<(div|p|h1|h2|table|td|th|ul|li|a|span) [^>]*>/g) ?? [];
      expect(styled.length).toBeGreaterThan(10);
      for (const tag of styled) expect(tag).toMatch(/ style="[^"]+"/);
    }
  });

  it('is a complete UTF-8 document', () => {
    const ordinary = compose(fullRetro()).html;
    expect(ordinary.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(ordinary.endsWith('</div></body></html>')).toBe(true);
    expect(ordinary).toContain('Zoë Ångström');
  });
});
