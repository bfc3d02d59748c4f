// Who a call comes from. A transport names its window's sign-in by a key; the file holder is the CLI
// reading or printing what is in the file, which needs no sign-in (whoever holds the file can read it)
// and may call no command.
export type Caller = { session: string } | 'fileHolder';

export const fileHolder: Caller = 'fileHolder';

export function sessionCaller(key: string): Caller {
  return { session: key };
}
