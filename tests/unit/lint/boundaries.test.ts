import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are lint rules; these prove the rules can fail. The code is
 * linted as if it were in an existing file (the type-aware parser needs a file it knows).
 */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../../..') });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${filePath}: ${fatal.message}`);
  return messages.map((m) => m.ruleId ?? m.message);
}

// ESLint's type-aware parser takes several seconds to start on a 2-core machine.
describe('architecture boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['renderer/store/engagementDraft.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/api.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/dates.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['shared/model/settings.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    [
      'renderer/main.tsx',
      "import { createMainServices } from '../electron/services/mainServices';\nexport const a = createMainServices;\n",
    ],
  ])('%s may not import Electron, Node or main-process code', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('the store imports nothing from renderer/features/, which may import the store', async () => {
    const code = "import { autosave } from '../features/notes/autosave';\nexport const a = autosave;\n";
    expect(await ruleIds('renderer/store/retroSlice.ts', code)).toContain('no-restricted-imports');
    expect(
      await ruleIds('renderer/store/retroSlice.ts', "import fs from 'node:fs';\nexport const a = fs;\n"),
    ).toContain('no-restricted-imports');
    const feature = "import { useAppStore } from '../../store';\nexport const a = useAppStore;\n";
    expect(await ruleIds('renderer/features/retro/GoalsPage.tsx', feature)).not.toContain('no-restricted-imports');
  });

  it('raw ipcRenderer is refused outside the preload', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n";
    expect(await ruleIds('electron/window.ts', code)).toContain('no-restricted-syntax');
    expect(await ruleIds('electron/preload.ts', code)).not.toContain('no-restricted-syntax');
  });

  it('enums are refused (a union of string literals instead), and hooks keep their rules', async () => {
    expect(await ruleIds('shared/dates.ts', 'export enum Kind { A, B }\n')).toContain('no-restricted-syntax');
    const conditionalHook =
      "import { useState } from 'react';\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await ruleIds('renderer/App.tsx', conditionalHook)).toContain('react-hooks/rules-of-hooks');
  });

  it('main-process code may use Electron and Node', async () => {
    const code = "import fs from 'node:fs';\nimport { app } from 'electron';\nexport const a = [fs, app];\n";
    expect(await ruleIds('electron/services/errors.ts', code)).not.toContain('no-restricted-imports');
  });
});
