import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

/** An engagement file as the app writes it, made by a first run over `dir`. */
async function oneEngagement(dir: string) {
  const first = openServices(dir);
  const engagement = await first.call('engagements:create', validInput({ name: 'Payments MVP' }));
  await first.settle();
  await first.services.mail.outbox.stop();
  return engagement;
}

describe('damage to the folder layout never stops start-up (issue 14 defect 7)', () => {
  const tempDir = useTempDir();

  it('starts when engagements/ is a file, says so, and lists no engagement', async () => {
    fs.writeFileSync(path.join(tempDir(), 'engagements'), 'not a folder');
    const { call, services } = openServices(tempDir());
    expect(await call('engagements:list', {})).toEqual([]);
    expect(services.problems.map((p) => p.message).join('\n')).toMatch(/engagements is not a folder/);
  });

  it('starts when quarantine/ is a file: the bad file is reported and left where it is', () => {
    fs.writeFileSync(path.join(tempDir(), 'quarantine'), 'not a folder');
    fs.mkdirSync(path.join(tempDir(), 'engagements'));
    fs.writeFileSync(path.join(tempDir(), 'engagements', 'broken.json'), '{ not json');
    const { services } = openServices(tempDir());
    const problem = services.problems.find((p) => p.file === 'engagements/broken.json');
    expect(problem?.message).toMatch(/could not be moved aside/);
    expect(fs.existsSync(path.join(tempDir(), 'engagements', 'broken.json'))).toBe(true);
  });

  it('reads a record file that starts with a UTF-8 byte order mark', async () => {
    const engagement = await oneEngagement(tempDir());
    const file = path.join(tempDir(), 'engagements', engagement.id, 'engagement.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(file)]));
    const { call, services } = openServices(tempDir());
    expect((await call('engagements:list', {})).map((s) => s.name)).toEqual(['Payments MVP']);
    expect(services.problems).toEqual([]);
  });

  it('never opens a named pipe in place of a data file (the read would block start-up forever)', () => {
    fs.mkdirSync(path.join(tempDir(), 'engagements'));
    const pipe = path.join(tempDir(), 'engagements', 'pipe.json');
    execFileSync('mkfifo', [pipe]);
    // Something on the other end, so that code which does open the pipe gets "{}" a moment
    // later instead of hanging this worker: it would then quarantine (move) the pipe.
    const writer = spawn('sh', ['-c', `sleep 2; echo '{}' > '${pipe}'`], { stdio: 'ignore' });
    try {
      const { services } = openServices(tempDir());
      const problem = services.problems.find((p) => p.file === 'engagements/pipe.json');
      expect(problem?.message).toMatch(/not a regular file/);
      expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('never follows a symlink in place of a data file', () => {
    fs.mkdirSync(path.join(tempDir(), 'engagements'));
    fs.writeFileSync(path.join(tempDir(), 'elsewhere.json'), '{}');
    fs.symlinkSync(path.join(tempDir(), 'elsewhere.json'), path.join(tempDir(), 'engagements', 'link.json'));
    const { services } = openServices(tempDir());
    expect(services.problems.find((p) => p.file === 'engagements/link.json')?.message).toMatch(/not a regular file/);
    expect(fs.readFileSync(path.join(tempDir(), 'elsewhere.json'), 'utf8')).toBe('{}');
  });
});
