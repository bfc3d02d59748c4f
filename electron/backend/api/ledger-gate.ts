// What the transports dispatch to: the backend when the ledger opened, otherwise a recovery state in which
// every channel but the two ledger ones is refused in Chinese ('ledger_unavailable'). `ledger.status` says
// what is wrong; `ledger.recover` takes a way out and, once the ledger opens, swaps the real backend in.
// Both admit a caller nobody signed in as: nobody can sign in to a ledger that cannot be opened; the
// transport's own guard (the host's token, the desktop's page check) still stands before them.
import { contract, fail, isChannelName, ok, type Result } from '../../../shared/contract';
import type {
  LedgerProblemReport,
  LedgerStatus,
  RecoveryOutcome,
  UnavailableLedger,
  WayOut,
} from '../../../shared/contract/ledger';
import { auditRestore } from '../core/backup/backup-audit';
import { AppError } from '../core/errors';
import { unavailableStatus } from '../core/recovery/ledger-status';
import { takeWayOut, type WayOutTaken } from '../core/recovery/ways-out';
import type { Backend, BackendOptions } from './backend';
import type { OpenedBackend } from './create-backend';
import { checkIntegrity } from './integrity';
import { openDiagnosed } from './open-diagnosed';

export interface LedgerGate extends Backend {
  /** The open backend, or null while the ledger is unavailable. */
  backend(): OpenedBackend | null;
  /** What `ledger.status` answers. */
  status(): LedgerStatus;
}

/** Nobody can sign in to a ledger that cannot be opened: the restore's audit row names the page. */
const recoveryActor = { actor: '（恢复页面）', userId: null };

type GateState = { opened: OpenedBackend } | { status: UnavailableLedger };

function stateOf(opening: { opened: OpenedBackend } | { report: LedgerProblemReport }): GateState {
  if ('opened' in opening) return opening;
  return { status: unavailableStatus(opening.report) };
}

export async function openLedgerGate(options: BackendOptions): Promise<LedgerGate> {
  let state = stateOf(await openDiagnosed(options));
  const env = { check: checkIntegrity, nativeBinding: options.nativeBinding };
  // One way out at a time: a second tab's click waits, then finds the ledger open (or still not).
  let running: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  async function recover(action: WayOut): Promise<RecoveryOutcome> {
    if ('opened' in state) throw new AppError('conflict', '台账数据库已正常打开，不需要恢复', 'action');
    if (!state.status.waysOut.includes(action))
      throw new AppError('conflict', '恢复方式：当前情况下不能这样处理，请按页面上列出的方式办理', 'action');
    const now = options.clock();
    const taken: WayOutTaken = await takeWayOut(action, options.dbPath, now, env);
    state = stateOf(await openDiagnosed(options, { finishUpgrade: action === 'finishUpgrade' }));
    if ('opened' in state && taken.restored !== null)
      auditRestore(state.opened.context.db, taken.restored, recoveryActor, now);
    return {
      status: statusOf(state),
      movedAside: taken.movedAside,
      restoredFrom: taken.restored?.restored.fileName ?? null,
    };
  }

  function statusOf(current: GateState): LedgerStatus {
    return 'opened' in current ? { state: 'open' } : current.status;
  }

  async function dispatchRecovery(channel: unknown, input: unknown): Promise<Result<unknown>> {
    if (channel === 'ledger.status') return ok(statusOf(state));
    if (channel !== 'ledger.recover')
      return isChannelName(channel)
        ? fail('ledger_unavailable', '台账数据库无法打开：请先按恢复页面的提示处理，之后才能办理其他事项')
        : fail('unknown_channel', '未知的操作');
    const parsed = contract['ledger.recover'].input.safeParse(input ?? {});
    if (!parsed.success)
      return fail('invalid_input', parsed.error.issues[0]?.message ?? '恢复方式：格式不正确', 'action');
    try {
      return ok(await oneAtATime(() => recover(parsed.data.action)));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.field);
      (options.logError ?? console.error)(error);
      return fail('internal', '恢复失败：程序内部错误，已记录。请重新检查，若仍失败请联系技术人员。');
    }
  }

  return {
    backend: () => ('opened' in state ? state.opened : null),
    status: () => statusOf(state),
    dispatch: (channel, input, caller) =>
      'opened' in state ? state.opened.dispatch(channel, input, caller) : dispatchRecovery(channel, input),
    automaticBackup: async (moment) => ('opened' in state ? state.opened.automaticBackup(moment) : null),
    restore: async (fileName, by) => {
      if (!('opened' in state))
        throw new AppError('ledger_unavailable', '台账数据库无法打开：请从恢复页面恢复');
      return state.opened.restore(fileName, by);
    },
    close: () => {
      if ('opened' in state) state.opened.close();
    },
  };
}
