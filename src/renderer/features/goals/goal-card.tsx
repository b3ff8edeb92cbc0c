import { Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GoalProgress, GoalState } from '../../../shared/goals';
import { DateTime } from '../../components/date-time';
import { DeleteButton } from '../../components/delete-button';
import { Money } from '../../components/money';
import { navigate } from '../../shell/use-route';

const STATE_COLOURS: Record<GoalState, string> = {
  reached: 'green',
  'on-track': 'blue',
  behind: 'orange',
  'past-date': 'red',
};

/** One goal: how far along, what is left, what to save a month, and whether it is on track. */
export function GoalCard({
  goal,
  accountName,
  onEdit,
  onRemove,
}: {
  readonly goal: GoalProgress;
  readonly accountName: string;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={goal.name}
      extra={<Tag color={STATE_COLOURS[goal.state]}>{t(`goals.states.${goal.state}`)}</Tag>}
      role="region"
      aria-label={goal.name}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {goal.tag
            ? t('goals.inEnvelope', { account: accountName, tag: goal.tag })
            : t('goals.onAccount', { account: accountName })}
        </Typography.Text>
        <Progress percent={goal.percent} status={goal.state === 'reached' ? 'success' : 'normal'} />
        <Typography.Text>
          <Money minor={goal.saved} currency={goal.currency} strong /> {t('goals.of')}{' '}
          <Money minor={goal.target} currency={goal.currency} />
        </Typography.Text>
        <Typography.Text>
          {goal.state === 'reached' ? (
            t('goals.reachedNote')
          ) : goal.state === 'past-date' ? (
            <>
              {t('goals.pastNote')} <Money minor={goal.remaining} currency={goal.currency} />
            </>
          ) : (
            <>
              {t('goals.monthly')}{' '}
              <Money minor={goal.monthlyNeeded} currency={goal.currency} strong />{' '}
              {t('goals.until')} <DateTime value={goal.targetDate} style="date" />
            </>
          )}
        </Typography.Text>
        {goal.state === 'behind' && (
          <Typography.Text type="warning">
            {t('goals.behindBy')}{' '}
            <Money minor={goal.expectedByNow - goal.saved} currency={goal.currency} />
          </Typography.Text>
        )}
        <Space wrap>
          <Button onClick={() => navigate('transfer', { to: 'accounts' })}>
            {t('goals.addMoney')}
          </Button>
          <Button onClick={onEdit}>{t('goals.edit')}</Button>
          <DeleteButton
            confirm={t('goals.deleteConfirm', { name: goal.name })}
            okText={t('goals.delete')}
            label={t('goals.deleteNamed', { name: goal.name })}
            onConfirm={onRemove}
          />
        </Space>
      </Space>
    </Card>
  );
}
