// Opens the backend for a CLI command, with the same composition root the app uses, after the same
// diagnosis (a damaged ledger is told in Chinese with the commands that are its ways out). Reading and printing
// need no sign-in (whoever holds the file can read it); a command that changes the ledger signs in as a
// named user first (--user, the password from LEDGER_PASSWORD or typed at a prompt).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileHolder, sessionCaller, type Caller } from '../backend/api/caller';
import type { OpenedBackend } from '../backend/api/create-backend';
import { openDiagnosed } from '../backend/api/open-diagnosed';
import { unavailableStatus } from '../backend/core/recovery/ledger-status';
import { defaultDatabasePath } from '../backend/core/db/default-path';
import type { ChannelName, ChannelInput, ChannelOutput } from '../../shared/contract';
import { ledgerProblemText } from './ledger-problem';
import { readPassword } from './password-prompt';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function resolveDbPath(db: string | undefined): string {
  return path.resolve(db ?? defaultDatabasePath());
}

export async function openBackend(
  dbPath: string,
  clock: () => Date = () => new Date(),
): Promise<OpenedBackend> {
  const opening = await openDiagnosed({
    dbPath,
    resourcesDir: path.join(repoRoot, 'resources'),
    clock,
    platform: process.platform,
  });
  if ('report' in opening) throw new Error(ledgerProblemText(unavailableStatus(opening.report)));
  return opening.opened;
}

/** Calls a channel (as the file holder unless a signed-in caller is given) and throws its Chinese
 * message when it is refused. */
export async function call<C extends ChannelName>(
  backend: OpenedBackend,
  channel: C,
  input: ChannelInput<C>,
  caller: Caller = fileHolder,
): Promise<ChannelOutput<C>> {
  const result = await backend.dispatch(channel, input, caller);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as ChannelOutput<C>;
}

/** The backend as one signed-in user: every call through it goes as `caller`. */
export function actingAs(backend: OpenedBackend, caller: Caller): OpenedBackend {
  return { ...backend, dispatch: (channel, input) => backend.dispatch(channel, input, caller) };
}

/** Signs in as `login` for this run; the caller it answers acts as that user. */
export async function signInAs(backend: OpenedBackend, login: string, password: string): Promise<Caller> {
  const caller = sessionCaller(`cli:${login}`);
  await call(backend, 'auth.signIn', { login, password }, caller);
  return caller;
}

/** `--user NAME` with its password, for the commands that change the ledger. */
export async function signInFromOptions(
  backend: OpenedBackend,
  values: Record<string, string | boolean | undefined>,
): Promise<Caller> {
  const login = values.user;
  if (typeof login !== 'string' || login === '') {
    throw new Error(
      '此命令会改动台账，须以用户身份办理：请加 --user 登录名（密码取自 LEDGER_PASSWORD 或提示输入）',
    );
  }
  const password = process.env.LEDGER_PASSWORD ?? (await readPassword(`${login} 的密码：`));
  return signInAs(backend, login, password);
}
