import { LockOutlined } from '@ant-design/icons';
import { Button, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { lockShortcutLabel } from '../../components/pin/pin-rules';
import { useLockNow } from '../../api/use-security';
import { SectionCard } from '../../components/section-card';

/** How Purse is protected right now, at a glance, and a way to lock it. */
export function OverviewCard({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const lock = useLockNow();
  const onOff = (on: boolean) =>
    on ? (
      <Tag color="success">{t('security.overview.on')}</Tag>
    ) : (
      <Tag>{t('security.overview.off')}</Tag>
    );
  const codesLow = status.recoveryCodesLeft <= 3;
  return (
    <SectionCard
      title={t('security.overview.title')}
      extra={
        <Button
          icon={<LockOutlined aria-hidden />}
          loading={lock.isPending}
          onClick={() => lock.mutate(undefined)}
          title={t('lock.lockNowHint', { keys: lockShortcutLabel() })}
        >
          {t('security.overview.lockNow')}
        </Button>
      }
    >
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'pin',
            label: t('security.overview.pin'),
            children: <Tag color="success">{t('security.overview.pinSet')}</Tag>,
          },
          {
            key: 'twoFactor',
            label: t('security.overview.twoFactor'),
            children: onOff(status.totpEnabled),
          },
          {
            key: 'codes',
            label: t('security.overview.recoveryCodes'),
            children: (
              <Tag color={codesLow ? 'warning' : 'default'}>
                {t('security.overview.codesLeft', { count: status.recoveryCodesLeft })}
              </Tag>
            ),
          },
          {
            key: 'autoLock',
            label: t('security.overview.autoLock'),
            children: t('security.overview.autoLockValue', { count: status.idleMinutes }),
          },
          ...(status.biometricAvailable
            ? [
                {
                  key: 'biometric',
                  label: t('security.overview.biometric'),
                  children: onOff(status.biometricEnabled),
                },
              ]
            : []),
          {
            key: 'store',
            label: t('security.overview.secretStore'),
            span: 'filled' as const,
            children: (
              <div className="purse-store">
                <span className="purse-store__label">
                  {t(`security.stores.${status.secretStore}.label`)}
                </span>
                <Typography.Text type="secondary" className="purse-store__body">
                  {t(`security.stores.${status.secretStore}.body`)}
                </Typography.Text>
              </div>
            ),
          },
        ]}
      />
    </SectionCard>
  );
}
