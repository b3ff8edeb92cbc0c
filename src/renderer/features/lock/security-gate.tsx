import { useQueryClient, type Query } from '@tanstack/react-query';
import { App as AntApp, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryMethod } from '../../../shared/contract';
import { usePurseQuery } from '../../api/use-purse-query';
import type { PurseError } from '../../../shared/errors';
import { FirstRunFlow } from '../onboarding/first-run-flow';
import { useSettings } from '../../api/use-settings';
import { RecoveryScreen } from '../snapshots/recovery-screen';
import { LockScreen } from './lock-screen';
import { useActivityReports, useLockShortcut } from './use-activity';
import { useSecurityStatus } from '../../api/use-security';
import './lock.css';
import { ErrorResult } from '../../components/page-state';

/** Reads that hold nothing of the ledger and work while locked; everything else is forgotten. */
const KEPT_WHILE_LOCKED: ReadonlySet<QueryMethod> = new Set([
  'security.status',
  'settings.get',
  'app.info',
  // Where first run stopped: read again after an unlock, but not worth a flash of spinner.
  'onboarding.get',
  // The start-up check: asked once, and again after a restore.
  'recovery.status',
]);

function holdsLedgerData(query: Query): boolean {
  return !KEPT_WHILE_LOCKED.has(query.queryKey[0] as QueryMethod);
}

/**
 * The app-level gate: first run (the guided steps, see FirstRunFlow), then the lock
 * screen whenever the gateway says locked, and the app only when unlocked. While the app is
 * not shown, its screens are unmounted and every cached ledger read is dropped.
 */
export function SecurityGate({ children }: { readonly children: ReactNode }) {
  const queryClient = useQueryClient();
  const status = useSecurityStatus({ poll: true });
  // Set while the first-run flow runs: it stays up, showing the codes, after the PIN is set.
  const [firstRun, setFirstRun] = useState(false);
  const recovery = usePurseQuery('recovery.status');
  const [goOnDamaged, setGoOnDamaged] = useState(false);
  const current = status.data;
  const open = current !== undefined && current.pinSet && !current.appLocked && !firstRun;
  const readable = current !== undefined && (!current.pinSet || !current.appLocked);
  const onboarding = usePurseQuery('onboarding.get', undefined, { enabled: readable });
  const settings = useSettings();

  useEffect(() => {
    if (open) return;
    void queryClient.cancelQueries({ predicate: holdsLedgerData });
    queryClient.removeQueries({ predicate: holdsLedgerData });
    queryClient.getMutationCache().clear();
  }, [open, queryClient]);

  if (recovery.isPending) return <Opening />;
  // A ledger that did not open or failed its check at start: say so, offer a snapshot.
  if (current?.pinSet && recovery.data?.damaged && !goOnDamaged)
    return (
      <RecoveryScreen
        status={recovery.data}
        withCode={current.totpEnabled}
        onContinue={() => setGoOnDamaged(true)}
      />
    );
  if (!current) {
    return status.isError ? (
      <GateError error={status.error} onRetry={() => void status.refetch()} />
    ) : (
      <Opening />
    );
  }
  const locked = current.pinSet && current.appLocked && !firstRun;
  if (locked) return <LockScreen status={current} />;
  if (!onboarding.data) {
    return onboarding.isError ? (
      <GateError error={onboarding.error} onRetry={() => void onboarding.refetch()} />
    ) : (
      <Opening />
    );
  }
  // Existing users (a PIN from before guided first run) never see it; new ones until done.
  const unfinished = onboarding.data.started && onboarding.data.step !== 'done';
  if (!current.pinSet || firstRun || unfinished) {
    return (
      <FirstRunFlow
        status={current}
        onboarding={onboarding.data}
        defaultCurrency={settings.data?.defaultCurrency ?? 'CNY'}
        showingCodes={firstRun}
        onPinBegin={() => setFirstRun(true)}
        onPinAbort={() => setFirstRun(false)}
        onPinFinished={() => setFirstRun(false)}
      />
    );
  }
  return <Unlocked>{children}</Unlocked>;
}

/** How long opening may take before the spinner says why it can take longer. */
const SLOW_OPENING_MS = 3_000;

function Opening() {
  const { t } = useTranslation();
  // The first start after an update may rebuild an index of every transaction (about a
  // minute at a million): say so rather than leave a bare spinner.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_OPENING_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main className="purse-gate" role="status" aria-live="polite" aria-busy="true">
      <Spin size="large" />
      {slow ? <p className="purse-gate__hint">{t('lock.openingSlow')}</p> : null}
      <span className="purse-visually-hidden">{t('lock.opening')}</span>
    </main>
  );
}

function GateError({
  error,
  onRetry,
}: {
  readonly error: PurseError;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="purse-gate" role="alert">
      <ErrorResult title={t('lock.statusErrorTitle')} error={error} onRetry={onRetry} />
    </main>
  );
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
