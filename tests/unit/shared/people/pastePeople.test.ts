import { describe, expect, it } from 'vitest';
import { EngagementInputSchema } from '../../../../shared/model/engagement';
import {
  applyPaste,
  MAX_PASTE_CHARS,
  previewPaste,
  refusedText,
  type PersonLike,
  type PastePreview,
} from '../../../../shared/people/pastePeople';
import { validInput } from '../../support/fixtures';

const NOBODY: PersonLike[] = [];
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

/** The people a paste adds to nobody, as name <email> role. */
function added(text: string, existing: PersonLike[] = NOBODY): string[] {
  const preview = previewPaste(existing, text, 'host-developer');
  return preview.rows.flatMap((r) => (r.kind === 'add' ? [`${r.name} <${r.email}> ${r.role}`] : []));
}

function refusals(preview: PastePreview): string[] {
  return preview.refused.map((r) => `${r.line}: ${r.message}`);
}

describe('pasting a list of people', () => {
  it('reads Name <email>, one per line, with CRLF, blank lines and spaces around', () => {
    expect(added('Kenji Sato <kenji@example.com>\r\n\r\n  Ana Lima <ana@example.com>  \r\n')).toEqual([
      'Kenji Sato <kenji@example.com> host-developer',
      'Ana Lima <ana@example.com> host-developer',
    ]);
  });

  it('reads a mail app’s To: line, separated by commas or semicolons, with quoted names holding commas', () => {
    expect(
      added(
        '"Sato, Kenji" <kenji@example.com>, Ana Lima <ana@example.com>; zoe.lindqvist@example.com;Tomás <mailto:tomas@example.com>',
      ),
    ).toEqual([
      'Sato, Kenji <kenji@example.com> host-developer',
      'Ana Lima <ana@example.com> host-developer',
      'Zoe Lindqvist <zoe.lindqvist@example.com> host-developer',
      'Tomás <tomas@example.com> host-developer',
    ]);
  });

  it('takes a name from a bare address and says so; a bare name has no address', () => {
    const preview = previewPaste(
      NOBODY,
      'kenji.sato@example.com\nMaya Okafor\nLena Fischer lena@example.com',
      'host-pm',
    );
    expect(preview.rows).toEqual([
      {
        kind: 'add',
        name: 'Kenji Sato',
        email: 'kenji.sato@example.com',
        role: 'host-pm',
        nameFromAddress: true,
        lines: [1],
      },
      { kind: 'add', name: 'Maya Okafor', email: '', role: 'host-pm', nameFromAddress: false, lines: [2] },
      {
        kind: 'add',
        name: 'Lena Fischer',
        email: 'lena@example.com',
        role: 'host-pm',
        nameFromAddress: false,
        lines: [3],
      },
    ]);
  });

  it('reads cells copied from a spreadsheet: name, email and role separated by tabs', () => {
    expect(added('Kenji Sato\tkenji@example.com\tTech lead\nAna Lima\tana@example.com')).toEqual([
      'Kenji Sato <kenji@example.com> tech-lead',
      'Ana Lima <ana@example.com> host-developer',
    ]);
  });

  it('keeps non-Latin names and scripts as typed', () => {
    expect(added('Zoë Ångström <zoe@example.com>\n渡辺 健二 <kenji@example.jp>\nمريم <maryam@example.com>')).toEqual([
      'Zoë Ångström <zoe@example.com> host-developer',
      '渡辺 健二 <kenji@example.jp> host-developer',
      'مريم <maryam@example.com> host-developer',
    ]);
  });
});

describe('pasting a CSV with a header', () => {
  it('reads name,email,role in any order and case, with quoted cells, and the role by label or id', () => {
    const csv =
      'Email,Name,Role\nkenji@example.com,"Sato, Kenji",Tech lead\nana@example.com,Ana Lima,host-pm\nzoe@example.com,Zoë,';
    const preview = previewPaste(NOBODY, csv, 'host-developer');
    expect(preview.format).toBe('csv');
    expect(added(csv)).toEqual([
      'Sato, Kenji <kenji@example.com> tech-lead',
      'Ana Lima <ana@example.com> host-pm',
      'Zoë <zoe@example.com> host-developer',
    ]);
  });

  it('reads semicolon- and tab-separated exports, a byte order mark and an "E-mail address" header', () => {
    expect(added('\uFEFFFull name;E-mail address\nKenji Sato;kenji@example.com')).toEqual([
      'Kenji Sato <kenji@example.com> host-developer',
    ]);
    expect(added('name\temail\trole\nAna Lima\tana@example.com\tManager')).toEqual([
      'Ana Lima <ana@example.com> manager',
    ]);
  });

  it('numbers rows by their line, a quoted cell spanning lines included, and refuses an unclosed quote', () => {
    const csv =
      'name,email\n"Kenji\nSato",kenji@example.com\n\nAna,ana@example.com\nSam,bad-address\n"Zoë,zoe@example.com\n';
    const preview = previewPaste(NOBODY, csv, 'host-developer');
    expect(refusals(preview)).toEqual([
      // A line break inside a name: the file's rule refuses it, on the line the row starts.
      '2: Name cannot contain line breaks or control characters.',
      '6: “bad-address”: Enter a valid email address, like name@example.com.',
      '7: A quote is not closed, so this row could not be read.',
    ]);
    expect(added(csv)).toEqual(['Ana <ana@example.com> host-developer']);
  });

  it('refuses a role it does not know, naming the ones it does', () => {
    const preview = previewPaste(NOBODY, 'name,email,role\nAna,ana@example.com,Designer', 'host-developer');
    expect(refusals(preview)).toEqual([
      '2: “Designer” is not a role: use Engineer, Advisor, Host developer, Host PM, Tech lead or Manager, or leave it empty.',
    ]);
    expect(preview.rows).toEqual([]);
  });
});

describe('duplicates', () => {
  const existing: PersonLike[] = [
    { id: 'p-kenji', name: 'Kenji Sato', email: 'Kenji@Example.com', role: 'tech-lead' },
    { id: 'p-ana', name: 'Ana Lima', email: '', role: 'host-developer' },
    { id: 'p-blank', name: '', email: 'sam@example.com', role: 'manager' },
  ];

  it('merges a pasted address with the person who has it (any case), adds an address to a person without one', () => {
    const preview = previewPaste(
      existing,
      'kenji SATO <KENJI@example.COM>\nAna Lima <ana@example.com>\nSam Whitaker <sam@example.com>\nMaya <maya@example.com>',
      'host-developer',
    );
    expect(preview.rows).toEqual([
      { kind: 'same', index: 0, person: 'Kenji Sato', lines: [1] },
      { kind: 'update', index: 1, person: 'Ana Lima', name: null, email: 'ana@example.com', lines: [2] },
      { kind: 'update', index: 2, person: 'sam@example.com', name: 'Sam Whitaker', email: null, lines: [3] },
      {
        kind: 'add',
        name: 'Maya',
        email: 'maya@example.com',
        role: 'host-developer',
        nameFromAddress: false,
        lines: [4],
      },
    ]);
    const people = applyPaste(existing, preview, ids());
    expect(people).toEqual([
      existing[0],
      { ...existing[1], email: 'ana@example.com' },
      { ...existing[2], name: 'Sam Whitaker' },
      { id: 'new-1', name: 'Maya', email: 'maya@example.com', role: 'host-developer' },
    ]);
    // What comes out is an engagement the file's schema accepts: no two people share an address.
    expect(EngagementInputSchema.safeParse({ ...validInput(), people }).success).toBe(true);
  });

  it('folds the same address pasted twice into one person, keeping a typed name over one from the address', () => {
    const preview = previewPaste(
      NOBODY,
      'maya@example.com\nMaya Okafor <MAYA@example.com>, Maya O. <maya@example.com>\nname-only\nName-Only',
      'host-developer',
    );
    expect(preview.mergedInPaste).toBe(3);
    expect(preview.rows).toEqual([
      {
        kind: 'add',
        name: 'Maya Okafor',
        email: 'maya@example.com',
        role: 'host-developer',
        nameFromAddress: false,
        lines: [1, 2, 2],
      },
      { kind: 'add', name: 'name-only', email: '', role: 'host-developer', nameFromAddress: false, lines: [3, 4] },
    ]);
  });

  it('merges a name without address with the person of that name, and changes nothing for them', () => {
    const preview = previewPaste(existing, 'Ana Lima\nkenji sato', 'host-developer');
    expect(preview.rows.map((r) => r.kind)).toEqual(['same', 'same']);
    expect(applyPaste(existing, preview, ids())).toEqual(existing);
  });
});

describe('hostile input', () => {
  it('refuses control characters, overlong names and addresses, line by line, and keeps the rest', () => {
    const text = [
      'Bell\u0007 <bell@example.com>',
      `${'x'.repeat(121)} <long@example.com>`,
      `Far <${'a'.repeat(250)}@example.com>`,
      'Esc\u001b[31m <esc@example.com>',
      'NEL\u0085 <nel@example.com>',
      'Not an address <kenji@@example>',
      '<>',
      'Ana Lima <ana@example.com>',
    ].join('\n');
    const preview = previewPaste(NOBODY, text, 'host-developer');
    expect(refusals(preview)).toEqual([
      '1: Name cannot contain line breaks or control characters.',
      '2: Name is too long (at most 120 characters).',
      `3: “${'a'.repeat(80)}”: Email address is too long.`,
      '4: Name cannot contain line breaks or control characters.',
      '5: Name cannot contain line breaks or control characters.',
      '6: “kenji@@example”: Enter a valid email address, like name@example.com.',
      '7: Nothing to add here: give a name, an email address, or both.',
    ]);
    expect(preview.rows).toHaveLength(1);
    // What was refused stays for correcting, one entry per line.
    expect(refusedText(preview).split('\n')).toHaveLength(7);
  });

  it('treats markup and formulas as text (they are names, shown escaped like any text)', () => {
    expect(
      added('<script>alert(1)</script> <x@example.com>\n=HYPERLINK("https://evil.example") <y@example.com>'),
    ).toEqual([
      '<script>alert(1)</script> <x@example.com> host-developer',
      '=HYPERLINK("https://evil.example") <y@example.com> host-developer',
    ]);
  });

  it('refuses a paste too long to read, or with too many people, or more than the engagement holds', () => {
    expect(previewPaste(NOBODY, 'a'.repeat(MAX_PASTE_CHARS + 1), 'host-developer').problem).toMatch(
      /too much to paste/,
    );
    const many = Array.from({ length: 501 }, (_, i) => `p${i}@example.com`).join('\n');
    expect(previewPaste(NOBODY, many, 'host-developer').problem).toBe('Paste at most 500 people at a time.');
    const crowd: PersonLike[] = Array.from({ length: 199 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      email: `p${i}@example.com`,
      role: 'host-developer',
    }));
    const preview = previewPaste(crowd, 'a@example.com, b@example.com', 'host-developer');
    expect(preview.problem).toBe('An engagement has at most 200 people: there is room for 1 more, and this adds 2.');
    expect(applyPaste(crowd, preview, ids())).toEqual(crowd);
  });

  it('reads a paste at the size limit in one pass (rows are numbered without rescanning the text)', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `P${i},p${i}@example.com`);
    const csv = `name,email\n${rows.join('\n')}`.slice(0, MAX_PASTE_CHARS);
    const started = performance.now();
    expect(previewPaste(NOBODY, csv, 'host-developer').problem).toBe('Paste at most 500 people at a time.');
    // Generous, for a shared 2-core machine: it measured about 30 ms here.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('survives deep nesting of quotes and brackets, and empty input', () => {
    expect(previewPaste(NOBODY, '', 'host-developer')).toEqual({
      format: 'list',
      rows: [],
      refused: [],
      mergedInPaste: 0,
      problem: null,
    });
    const odd = previewPaste(NOBODY, '"<<<"">>>, ;;; ,,, \n <a@example.com> <b@example.com>', 'host-developer');
    expect(odd.rows.length + odd.refused.length).toBeGreaterThan(0);
  });
});
