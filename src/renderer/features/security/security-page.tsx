import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { useSecurityStatus } from '../../api/use-security';
import { AutoLockCard } from './auto-lock-card';
import { ChangePinCard } from './change-pin-card';
import { IdentityCard } from './identity-card';
import { LimitsCard } from './limits-card';
import { OverviewCard } from './overview-card';
import { RecoveryCard } from './recovery-card';
import { RiskAlertsCard } from './risk-alerts-card';
import { SecurityLogCard } from './security-log-card';
import { TwoFactorCard } from './two-factor-card';
import './security.css';

export const SECURITY_TABS = ['pin', 'twoFactor', 'identity', 'alerts', 'log'] as const;
export type SecurityTab = (typeof SECURITY_TABS)[number];

function isSecurityTab(value: string | null): value is SecurityTab {
  return (SECURITY_TABS as readonly (string | null)[]).includes(value);
}

/**
 * Security: how Purse is protected, and every setting behind it — the PIN, auto-lock and
 * Touch ID, two-factor and recovery codes, identity and limits, risk alerts, the log.
 * The open tab is in the address (#/security?tab=log), so a reload keeps it.
 */
export function SecurityPage({ tab }: { readonly tab: string | null }) {
  const { t } = useTranslation();
  const status = useSecurityStatus();
  const active: SecurityTab = isSecurityTab(tab) ? tab : 'pin';

  const body = () => {
    if (status.isError)
      return <PageError error={status.error} onRetry={() => void status.refetch()} />;
    if (!status.data) return <PageLoading />;
    const current = status.data;
    // Each tab's cards; the paired ones side by side.
    const panels: Record<SecurityTab, ReactNode> = {
      pin: (
        <div className="purse-security-grid">
          <ChangePinCard />
          <AutoLockCard status={current} />
        </div>
      ),
      twoFactor: (
        <div className="purse-security-grid">
          <TwoFactorCard status={current} />
          <RecoveryCard status={current} />
        </div>
      ),
      identity: (
        <div className="purse-security-grid">
          <IdentityCard />
          <LimitsCard />
        </div>
      ),
      alerts: <RiskAlertsCard />,
      log: <SecurityLogCard />,
    };
    return (
      <div className="purse-stack">
        <OverviewCard status={current} />
        <Tabs
          className="purse-security-tabs"
          activeKey={active}
          onChange={(key) => navigate('security', { tab: key })}
          items={SECURITY_TABS.map((key) => ({
            key,
            label: t(`security.tabs.${key}`),
            children: panels[key],
          }))}
        />
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t('nav.security')} subtitle={t('security.subtitle')} />
      {body()}
    </>
  );
}
