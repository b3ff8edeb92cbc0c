import { useQueryClient, type Query } from '@tanstack/react-query';
import { App as AntApp, Button, Result, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryMethod } from '../../api/methods';
import { useDescribeError } from '../../components/use-describe-error';
import { FirstRun } from './first-run';
import { LockScreen } from './lock-screen';
import { useActivityReports, useLockShortcut } from './use-activity';
import { useSecurityStatus } from './use-security';
import './lock.css';

/** Reads that hold nothing of the ledger and work while locked; everything else is forgotten. */
const KEPT_WHILE_LOCKED: ReadonlySet<QueryMethod> = new Set([
  'security.status',
  'settings.get',
  'app.info',
]);

function holdsLedgerData(query: Query): boolean {
  return !KEPT_WHILE_LOCKED.has(query.queryKey[0] as QueryMethod);
}

/**
 * The app-level gate: first run (create the PIN, save the recovery codes), then the lock
 * screen whenever the gateway says locked, and the app only when unlocked. While the app is
 * not shown, its screens are unmounted and every cached ledger read is dropped.
 */
export function SecurityGate({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const queryClient = useQueryClient();
  const status = useSecurityStatus({ poll: true });
  // Set while the first-run flow runs: it stays up, showing the codes, after the PIN is set.
  const [firstRun, setFirstRun] = useState(false);
  const current = status.data;
  const open = current !== undefined && current.pinSet && !current.appLocked && !firstRun;

  useEffect(() => {
    if (open) return;
    void queryClient.cancelQueries({ predicate: holdsLedgerData });
    queryClient.removeQueries({ predicate: holdsLedgerData });
    queryClient.getMutationCache().clear();
  }, [open, queryClient]);

  if (!current) {
    if (status.isError) {
      return (
        <main className="purse-gate" role="alert">
          <Result
            status="error"
            title={t('lock.statusErrorTitle')}
            subTitle={describe(status.error)}
            extra={
              <Button type="primary" onClick={() => void status.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        </main>
      );
    }
    return (
      <main className="purse-gate" role="status" aria-live="polite" aria-busy="true">
        <Spin size="large" />
        <span className="purse-visually-hidden">{t('lock.opening')}</span>
      </main>
    );
  }
  if (!current.pinSet || firstRun) {
    return (
      <FirstRun
        onBegin={() => setFirstRun(true)}
        onAbort={() => setFirstRun(false)}
        onFinished={() => setFirstRun(false)}
      />
    );
  }
  if (current.appLocked) return <LockScreen status={current} />;
  return <Unlocked>{children}</Unlocked>;
}

/**
 * The app while unlocked. Its own antd App holds the messages and dialogs the screens open,
 * so locking takes them away with the screens (a toast may name an account).
 */
function Unlocked({ children }: { readonly children: ReactNode }) {
  useActivityReports();
  useLockShortcut();
  return <AntApp component={false}>{children}</AntApp>;
}
