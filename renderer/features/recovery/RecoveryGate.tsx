// Stands before the app: when ledger.status says the ledger cannot be opened, the recovery page is shown
// instead of the sign-in, and the app mounts only once a way out has opened it. Outside the app's own
// providers (the app mounts later), so it brings the zh_CN locale and antd's App for its confirmations.
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import type {
  LedgerStatus,
  RecoveryOutcome,
  UnavailableLedger,
  WayOut,
} from '../../../shared/contract/ledger';
import { call } from '../../api/client';
import { RecoveredPage } from './RecoveredPage';
import { RecoveryPage } from './RecoveryPage';

type Stage =
  | { kind: 'app' }
  | { kind: 'recovery'; status: UnavailableLedger }
  | { kind: 'recovered'; outcome: RecoveryOutcome };

function stageOf(status: LedgerStatus | undefined): Stage {
  return status?.state === 'unavailable' ? { kind: 'recovery', status } : { kind: 'app' };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function RecoveryGate({
  status,
  children,
}: {
  status: LedgerStatus | undefined;
  children: ReactNode;
}) {
  const [stage, setStage] = useState<Stage>(() => stageOf(status));
  const [busy, setBusy] = useState<WayOut | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (stage.kind === 'app') return children;

  const take = async (action: WayOut) => {
    setBusy(action);
    setRefusal(null);
    try {
      const outcome = await call('ledger.recover', { action });
      if (outcome.status.state === 'open') setStage({ kind: 'recovered', outcome });
      else {
        setStage({ kind: 'recovery', status: outcome.status });
        if (action === 'recheck') setRefusal('重新检查后，问题仍然存在。');
      }
    } catch (error) {
      setRefusal(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <div
          style={{ position: 'fixed', inset: 0, overflow: 'auto', background: '#f5f5f5', display: 'flex' }}
        >
          {stage.kind === 'recovery' ? (
            <RecoveryPage
              status={stage.status}
              busy={busy}
              refusal={refusal}
              onTake={(way) => void take(way)}
            />
          ) : (
            <RecoveredPage outcome={stage.outcome} onContinue={() => setStage({ kind: 'app' })} />
          )}
        </div>
      </AntApp>
    </ConfigProvider>
  );
}
