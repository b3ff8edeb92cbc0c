import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityEventView } from '../../../shared/security';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { describeSecurityEvent } from './security-events';
import { SectionCard } from '../../components/section-card';

/** The newest security events: unlocks, wrong PINs, changes to the settings. */
export function SecurityLogCard() {
  const { t } = useTranslation();
  const log = usePurseQuery('security.log', { limit: 100 });

  const body = () => {
    if (log.isError) return <PageError error={log.error} onRetry={() => void log.refetch()} />;
    if (!log.data) return <PageLoading rows={5} />;
    if (log.data.length === 0)
      return (
        <PageEmpty title={t('security.log.emptyTitle')} description={t('security.log.empty')} />
      );
    return (
      <>
        <Typography.Paragraph type="secondary">{t('security.log.intro')}</Typography.Paragraph>
        <Table<SecurityEventView>
          rowKey="id"
          size="small"
          dataSource={log.data}
          pagination={log.data.length > 25 ? { pageSize: 25 } : false}
          columns={[
            {
              key: 'time',
              title: t('security.log.time'),
              width: 220,
              render: (_v, event) => <DateTime value={event.at} />,
            },
            {
              key: 'event',
              title: t('security.log.event'),
              render: (_v, event) => (
                <span data-event-kind={event.kind}>{describeSecurityEvent(event, t)}</span>
              ),
            },
          ]}
        />
      </>
    );
  };

  return <SectionCard title={t('security.log.title')}>{body()}</SectionCard>;
}
