import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { useTempDir } from '../../support/tempDir';
import { openWithWriter } from './writerServices';

/** The app saves an engagement; something else then touches its file; the app saves again. */
async function savedThenTouched(dir: string, touch: (file: string) => void) {
  const harness = openWithWriter(dir);
  const { call, services } = harness;
  const created = await call('engagements:create', validInput({ name: 'Payments MVP' }));
  expect(await services.flushAndWait(3000)).toEqual([]);
  const file = path.join(dir, 'engagements', created.id, 'engagement.json');
  touch(file);
  await call('engagements:update', { id: created.id, input: validInput({ name: 'Renamed here' }) });
  expect(await services.flushAndWait(3000)).toEqual([]);
  const copies = fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.conflict-'));
  return { ...harness, created, file, copies };
}

describe('never written over: a file changed by something else (issue 14 defect 2)', () => {
  const tempDir = useTempDir();

  it('notices an outside edit of the same size and time as its own write, made right after it', async () => {
    let theirs = '';
    const { file, copies } = await savedThenTouched(tempDir(), (f) => {
      const stat = fs.statSync(f);
      // Same length, and the same mtime as the app's write (an editor saving within the same clock tick).
      theirs = fs.readFileSync(f, 'utf8').replace('Payments MVP', 'Payments ABC');
      fs.writeFileSync(f, theirs);
      fs.utimesSync(f, stat.atimeMs / 1000, stat.mtimeMs / 1000);
      expect(fs.statSync(f).mtimeMs).toBe(stat.mtimeMs);
      expect(fs.statSync(f).size).toBe(stat.size);
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
    expect(copies).toHaveLength(1);
  });

  it('leaves an external edit as it is and keeps this app’s change in a copy beside it, saying so', async () => {
    let theirs = '';
    const { file, copies, conflicts, created } = await savedThenTouched(tempDir(), (f) => {
      theirs = fs.readFileSync(f, 'utf8').replace('Payments MVP', 'Edited in a text editor');
      fs.writeFileSync(f, theirs);
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
    expect(copies).toHaveLength(1);
    const copy = fs.readFileSync(path.join(path.dirname(file), copies[0] ?? ''), 'utf8');
    expect(copy).toContain('Renamed here');
    expect(conflicts).toEqual([
      {
        what: 'The details and people in “Renamed here”',
        copy: `engagements/${created.id}/${copies[0] ?? ''}`,
        how: 'changed',
      },
    ]);
    expect(created.id).toBeTruthy();
  });

  it('keeps a file deleted outside the app deleted', async () => {
    const { file, copies, conflicts } = await savedThenTouched(tempDir(), (f) => fs.rmSync(f));
    expect(fs.existsSync(file)).toBe(false);
    expect(copies).toHaveLength(1);
    expect(conflicts.map((c) => c.how)).toEqual(['deleted']);
  });

  it('never downgrades a file of a newer version synced in while the app runs', async () => {
    let newer = '';
    const { file } = await savedThenTouched(tempDir(), (f) => {
      newer = JSON.stringify({ ...(JSON.parse(fs.readFileSync(f, 'utf8')) as object), schemaVersion: 11 });
      fs.writeFileSync(f, newer);
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
  });

  it('keeps saving to the same copy afterwards, not over the other version', async () => {
    const { file, copies, call, services, created } = await savedThenTouched(tempDir(), (f) =>
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('Payments MVP', 'Theirs')),
    );
    await call('engagements:update', { id: created.id, input: validInput({ name: 'Renamed again' }) });
    expect(await services.flushAndWait(3000)).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toContain('Theirs');
    const after = fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.conflict-'));
    expect(after).toEqual(copies);
    expect(fs.readFileSync(path.join(path.dirname(file), after[0] ?? ''), 'utf8')).toContain('Renamed again');
  });

  it('raises no conflict for its own saves, one after another', async () => {
    const { call, services, conflicts } = openWithWriter(tempDir());
    const created = await call('engagements:create', validInput({ name: 'One' }));
    for (const name of ['Two', 'Three', 'Four']) {
      await call('engagements:update', { id: created.id, input: validInput({ name }) });
      expect(await services.flushAndWait(3000)).toEqual([]);
    }
    expect(conflicts).toEqual([]);
    expect(fs.readdirSync(path.join(tempDir(), 'engagements')).filter((n) => n.includes('.conflict-'))).toEqual([]);
  });
});
