import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaryProblem, placeOf } from '../../../eslint/feature-boundaries.js';

describe('where a file stands', () => {
  it.each([
    [
      'electron/backend/funding/funding-postings.ts',
      { side: 'backend', zone: 'feature', feature: 'funding' },
    ],
    ['electron/backend/core/audit.ts', { side: 'backend', zone: 'core' }],
    ['electron/backend/documents/pdf/notice.ts', { side: 'backend', zone: 'documents' }],
    ['electron/backend/api/handlers.ts', { side: 'backend', zone: 'root' }],
    ['renderer/features/lists/ListHistory.tsx', { side: 'renderer', zone: 'feature', feature: 'lists' }],
    ['renderer/ui/FormModal.tsx', { side: 'renderer', zone: 'ui' }],
    ['renderer/App.tsx', { side: 'renderer', zone: 'root' }],
    ['shared/features/access/contract.ts', { side: 'shared', zone: 'feature', feature: 'access' }],
    ['shared/contract/index.ts', { side: 'shared', zone: 'root' }],
    ['shared/domain/money.ts', { side: 'shared', zone: 'domain' }],
  ])('%s', (file, expected) => {
    expect(placeOf(file)).toMatchObject(expected);
  });
});

describe('the import direction', () => {
  it.each([
    ['electron/backend/funding/a.ts', 'electron/backend/register/queries/profiles'],
    ['electron/backend/lists/documents/a.ts', 'electron/backend/funding/documents/funding-notice'],
    ['renderer/features/funding/year/a.tsx', 'renderer/features/calendar/PostingPeriodFields'],
    ['shared/features/lists/a.ts', 'shared/features/funding/funding-rules'],
  ])('a feature may not reach into another: %s → %s', (from, to) => {
    expect(boundaryProblem(from, to)).toMatch(/only through its index\.ts/);
  });

  it.each([
    ['electron/backend/funding/a.ts', 'electron/backend/register'],
    ['electron/backend/funding/a.ts', 'electron/backend/register/index'],
    ['renderer/features/funding/year/a.tsx', 'renderer/features/calendar'],
    ['electron/backend/funding/a.ts', 'electron/backend/funding/queries/postings'],
    ['electron/backend/api/handlers.ts', 'electron/backend/funding/funding-postings'],
    ['renderer/App.tsx', 'renderer/features/funding/year/FundingYearPage'],
    ['shared/features/access/contract.ts', 'shared/features/lists/contract'],
  ])('through its index, inside itself, or from a composition root: %s → %s', (from, to) => {
    expect(boundaryProblem(from, to)).toBeNull();
  });

  it.each([
    ['electron/backend/core/audit.ts', 'electron/backend/funding'],
    ['electron/backend/documents/pdf/a.ts', 'electron/backend/lists'],
    ['renderer/ui/FormModal.tsx', 'renderer/features/register'],
    ['renderer/api/queries.ts', 'renderer/features/funding/queries'],
    ['shared/domain/money.ts', 'shared/features/funding/funding-rules'],
  ])('a core never imports a feature: %s → %s', (from, to) => {
    expect(boundaryProblem(from, to)).toMatch(/never imports one/);
  });

  it.each([
    ['shared/domain/a.ts', 'electron/backend/core/errors'],
    ['shared/features/funding/a.ts', 'renderer/ui/format'],
    ['renderer/features/funding/a.tsx', 'electron/backend/funding/funding-year'],
  ])('the sides stay apart: %s → %s', (from, to) => {
    expect(boundaryProblem(from, to)).not.toBeNull();
  });
});

// Linting with the project's full config loads the TypeScript parser: seconds on a busy machine.
describe('the lint rule in the project config', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages
      .filter((message) => message.ruleId === 'ledger/feature-boundaries')
      .map((message) => message.message);
  }

  it('refuses a feature importing another feature internals, and documents reaching the database', async () => {
    expect(
      await boundaryErrors(
        'electron/backend/lists/x.ts',
        "import { findCommunity } from '../register/queries/communities';\nexport const a = findCommunity;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'electron/backend/documents/pdf/x.ts',
        "import type { Db } from '../../core/connection';\nexport type A = Db;\n",
      ),
    ).toEqual([expect.stringMatching(/never imports the database/)]);
  });

  it('allows the same import through the feature index', async () => {
    expect(
      await boundaryErrors(
        'electron/backend/lists/x.ts',
        "import { findCommunity } from '../register';\nexport const a = findCommunity;\n",
      ),
    ).toEqual([]);
  });
});
