import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

// Linting with the project's full config loads the TypeScript parser: seconds on a busy machine.
describe('the lint rules that keep the layers apart', { timeout: 30_000 }, () => {
  it.each([
    ['electron/backend/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/host/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/pages/x.ts', "import { shell } from 'electron';\nexport const a = shell;\n"],
  ])("forbids importing 'electron' in %s", async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toHaveLength(1);
  });

  it.each(['electron/main/x.ts', 'electron/preload/x.ts'])("allows 'electron' in %s", async (filePath) => {
    expect(
      await restrictedImportErrors(filePath, "import { app } from 'electron';\nexport const a = app;\n"),
    ).toEqual([]);
  });

  it.each([
    ['shared/domain/x.ts', 'node:fs'],
    ['shared/contract/x.ts', 'path'],
    ['renderer/api/x.ts', 'node:child_process'],
    ['renderer/pages/x.ts', 'crypto'],
  ])('forbids Node built-ins in %s (%s)', async (filePath, builtin) => {
    const errors = await restrictedImportErrors(
      filePath,
      `import x from '${builtin}';\nexport const a = x;\n`,
    );
    expect(errors).toHaveLength(1);
  });

  it('allows Node built-ins in the backend', async () => {
    expect(
      await restrictedImportErrors(
        'electron/backend/x.ts',
        "import fs from 'node:fs';\nexport const a = fs;\n",
      ),
    ).toEqual([]);
  });
});
