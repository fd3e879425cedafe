import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH } from '../../../../../shared/mail/mailto';
import { doc, line } from '../../../support/notes';
import { smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { parseWithPostalMime, parseWithPython } from '../../../support/mime';
import { recordingPlatform } from '../../../support/platform';
import { listFiles, useTempDir } from '../../../support/tempDir';
import { composed, AUTHOR, withAuthor } from './mailCalls';

describe('mail through IPC dispatch: the other ways out (draft, .eml, mailto:, clipboard)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  describe('the other ways out: draft, .eml, mailto:, clipboard', () => {
    it('writes a draft .eml (X-Unsent: 1) into <data>/drafts and opens it in the mail app', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const expected = await composed(world);
      const { path: draftPath } = await world.call('mail:draft', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(path.dirname(draftPath)).toBe(path.join(tempDir(), 'drafts'));
      expect(path.basename(draftPath)).toBe('Retro notes — Payments platform — 5 Mar 2026.eml');
      expect(world.platform.paths).toEqual([draftPath]);

      const raw = fs.readFileSync(draftPath);
      for (const parsed of [await parseWithPostalMime(raw), parseWithPython(raw)]) {
        expect(parsed.xUnsent).toBe('1');
        expect(parsed.subject).toBe(world.headers.subject);
        expect(parsed.to).toEqual(world.headers.to);
        expect(parsed.cc).toEqual(world.headers.cc);
        // No SMTP set up: from "Your name and email".
        expect(parsed.from).toEqual([AUTHOR]);
        expect(parsed.text).toBe(expected.text);
        expect(parsed.html).toBe(expected.html);
      }
      expect(world.mailLog()).toEqual([
        {
          at: '2026-03-05T16:00:00.000Z',
          via: 'draft',
          to: ['ada@example.com', 'zoe@example.com', 'grace@example.com'],
          state: 'drafted',
          outboxId: null,
        },
      ]);
    });

    it('does not overwrite an earlier draft with the same subject', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const request = {
        engagementId: world.engagement.id,
        note: { kind: 'retro' as const, retroId: world.retro.id },
        headers: { ...world.headers, subject: 'Notes: week 3 / "final"?' },
      };
      const first = await world.call('mail:draft', request);
      const second = await world.call('mail:draft', request);
      expect(path.basename(first.path)).toBe('Notes week 3 final.eml');
      expect(path.basename(second.path)).toBe('Notes week 3 final (2).eml');
      expect(listFiles(path.join(tempDir(), 'drafts'))).toHaveLength(2);
    });

    it('never cuts a character in half when it shortens a long subject into a file name', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const draft = async (subject: string) =>
        path.basename(
          (
            await world.call('mail:draft', {
              engagementId: world.engagement.id,
              note: { kind: 'retro', retroId: world.retro.id },
              headers: { ...world.headers, subject },
            })
          ).path,
        );
      // The emoji (two UTF-16 units) would end past the 120th unit: left out whole.
      expect(await draft(`${'x'.repeat(119)}😀 and more`)).toBe(`${'x'.repeat(119)}.eml`);
      expect(await draft(`${'y'.repeat(118)}😀 and more`)).toBe(`${'y'.repeat(118)}😀.eml`);
      expect(fs.readdirSync(path.join(tempDir(), 'drafts')).sort()).toEqual([
        `${'x'.repeat(119)}.eml`,
        `${'y'.repeat(118)}😀.eml`,
      ]);
    });

    it('keeps the draft file name within what file systems allow (255 bytes) for a long CJK subject', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const subject = `振り返りメモ ${'東京の決済基盤'.repeat(30)}`.slice(0, 250);
      const request = {
        engagementId: world.engagement.id,
        note: { kind: 'retro' as const, retroId: world.retro.id },
        headers: { ...world.headers, subject },
      };
      const first = await world.call('mail:draft', request);
      const second = await world.call('mail:draft', request);
      for (const draft of [first, second]) {
        expect(Buffer.byteLength(path.basename(draft.path))).toBeLessThanOrEqual(255);
        expect(path.basename(draft.path).startsWith('振り返りメモ 東京の決済基盤')).toBe(true);
        expect((await parseWithPostalMime(fs.readFileSync(draft.path))).subject).toBe(subject);
      }
      expect(second.path).not.toBe(first.path);
    });

    it('saves an .eml through the Save dialog, with the sender once SMTP is set up', async () => {
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(2525));
      const { path: savedPath } = await world.call('mail:saveEml', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(world.platform.saved).toHaveLength(1);
      const saved = world.platform.saved[0];
      if (!saved) throw new Error('nothing saved');
      expect(savedPath).toBe(saved.path);
      expect(saved.name).toBe('Retro notes — Payments platform — 5 Mar 2026.eml');
      const parsed = await parseWithPostalMime(Buffer.from(saved.contents, 'utf8'));
      expect(parsed.xUnsent).toBe('1');
      expect(parsed.from).toEqual([{ name: 'Aux Desk', email: 'aux@example.com' }]);
      expect(parsed.subject).toBe(world.headers.subject);
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['eml', 'drafted']]);
      // Saving a file is not sending it.
      expect(await world.call('outbox:list', {})).toEqual([]);
    });

    it('records no draft when the mail app could not be opened (the reminder stays)', async () => {
      const platform = recordingPlatform({
        openPath: () => Promise.reject(new Error('No application is registered to open .eml files')),
      });
      const world = await withAuthor(await worlds.open(tempDir(), { platform }));
      const refused = await world.services.dispatch('mail:draft', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(refused.ok).toBe(false);
      expect(world.mailLog()).toEqual([]);
    });

    it('records nothing when the Save dialog is cancelled', async () => {
      const platform = recordingPlatform({ saveFile: () => Promise.resolve(null) });
      const world = await withAuthor(await worlds.open(tempDir(), { platform }));
      const result = await world.call('mail:saveEml', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ path: null });
      expect(world.mailLog()).toEqual([]);
    });

    it('opens a mailto: link with the recipients, subject and plain-text notes', async () => {
      const world = await worlds.open(tempDir());
      const expected = await composed(world);
      const result = await world.call('mail:mailto', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ truncated: false });
      expect(world.platform.externals).toHaveLength(1);
      const url = new URL(world.platform.externals[0] ?? '');
      expect(url.protocol).toBe('mailto:');
      expect(decodeURIComponent(url.pathname)).toBe('ada@example.com,zoe@example.com');
      expect(url.searchParams.get('cc')).toBe('grace@example.com');
      expect(url.searchParams.get('subject')).toBe(world.headers.subject);
      // Line breaks are CR LF in a mailto: link (RFC 6068 §5).
      expect(url.searchParams.get('body')).toBe(expected.text.replace(/\r\n|\r|\n/g, '\r\n'));
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['mailto', 'drafted']]);
    });

    it('reports a long note as cut to fit the mailto: link', async () => {
      const world = await worlds.open(tempDir());
      const long = doc(
        ...Array.from({ length: 60 }, (_, i) => line(`Point ${i}: the deploy pipeline needs one more pass — Zoë ✅`)),
      );
      await world.call('retros:saveNote', {
        engagementId: world.engagement.id,
        retroId: world.retro.id,
        section: 'notes',
        doc: long,
      });
      const result = await world.call('mail:mailto', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ truncated: true });
      const url = world.platform.externals[0] ?? '';
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expect(new URL(url).searchParams.get('body')).toMatch(/The notes were cut to fit a mailto: link/);
    });

    it('opens a mailto: link for a note holding a broken character (lone surrogate) instead of failing', async () => {
      const world = await worlds.open(tempDir());
      await world.call('retros:saveNote', {
        engagementId: world.engagement.id,
        retroId: world.retro.id,
        section: 'notes',
        doc: doc(line('half an emoji: \ud83d')),
      });
      expect(
        await world.call('mail:mailto', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: world.headers,
        }),
      ).toEqual({ truncated: false });
      expect(new URL(world.platform.externals[0] ?? '').searchParams.get('body')).toContain('half an emoji: \ufffd');
    });

    it('refuses a mailto: link when the recipients alone do not fit', async () => {
      const world = await worlds.open(tempDir());
      const to = Array.from({ length: 60 }, (_, i) => ({ name: '', email: `person-number-${i}@example.com` }));
      const error = await world.fail(
        'mail:mailto',
        {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: { ...world.headers, to },
        },
        'invalid-payload',
      );
      expect(error.message).toMatch(/Too many recipients/);
      expect(world.platform.externals).toEqual([]);
      expect(world.mailLog()).toEqual([]);
    });

    it('copies the HTML and the text to the clipboard', async () => {
      const world = await worlds.open(tempDir());
      const expected = await composed(world);
      expect(
        await world.call('mail:copy', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: world.headers,
        }),
      ).toEqual({});
      expect(world.platform.clipboard).toEqual([{ html: expected.html, text: expected.text }]);
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['copy', 'copied']]);
    });

    it('uses the subject the user typed in the draft', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const { path: draftPath } = await world.call('mail:draft', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: { ...world.headers, subject: 'Wöchentliche Retro — 東京' },
      });
      expect((await parseWithPostalMime(fs.readFileSync(draftPath))).subject).toBe('Wöchentliche Retro — 東京');
    });
  });
});
