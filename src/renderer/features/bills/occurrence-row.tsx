import { Button, Tag, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillOccurrence } from '../../../shared/bills';
import { daysBetween } from './bill-dates';
import { useBillDates } from './bill-format';
import { BillAmount } from './bill-amount';
import { POSTS_ON_ITS_OWN } from '../../../shared/bills';
import { ScheduleIcon, useScheduleLabel } from './biller-kind';
import { BillLink } from './bill-link';
import type { OccurrenceActions } from './use-occurrence-actions';

export interface OccurrenceRowProps {
  readonly occurrence: BillOccurrence;
  readonly today: string;
  readonly actions: Pick<OccurrenceActions, 'pay' | 'skip'>;
  /** The bill's name is the heading already (on its own detail screen). */
  readonly hideName?: boolean;
}

/** The status of an occurrence as a tag: overdue, due today, paid, skipped. */
export function OccurrenceStatusTag({
  occurrence,
  today,
}: {
  readonly occurrence: BillOccurrence;
  readonly today: string;
}) {
  const { t } = useTranslation();
  switch (occurrence.status) {
    case 'overdue':
      return (
        <Tag color="error" className="purse-bill-status">
          {t('bills.status.overdueFor', { count: daysBetween(occurrence.dueDate, today) })}
        </Tag>
      );
    case 'due':
      return (
        <Tag color="warning" className="purse-bill-status">
          {t('bills.status.due')}
        </Tag>
      );
    case 'paid':
      return (
        <Tag color="success" className="purse-bill-status">
          {occurrence.scheduleKind === 'bill' ? t('bills.status.paid') : t('bills.status.posted')}
        </Tag>
      );
    case 'skipped':
      return <Tag className="purse-bill-status">{t('bills.status.skipped')}</Tag>;
    case 'upcoming':
      return null;
  }
}

/**
 * One due date of a bill: what it is, when ("in 3 days"), how much (right-aligned), autopay,
 * and Pay / Skip while it is open.
 */
export function OccurrenceRow({ occurrence, today, actions, hideName }: OccurrenceRowProps) {
  const { t } = useTranslation();
  const dates = useBillDates();
  const kindLabel = useScheduleLabel();
  const open = occurrence.status !== 'paid' && occurrence.status !== 'skipped';
  const longDate = dates.date(occurrence.dueDate);
  return (
    <li
      className={`purse-bill-row purse-bill-row--${occurrence.status}`}
      data-bill={occurrence.billName}
      data-due={occurrence.dueDate}
    >
      <ScheduleIcon of={occurrence} />
      <div className="purse-bill-row__main">
        {hideName ? (
          <time className="purse-bill-row__name" dateTime={occurrence.dueDate}>
            {dates.date(occurrence.dueDate, 'weekday')}
          </time>
        ) : (
          <BillLink billId={occurrence.billId} className="purse-bill-row__name">
            {occurrence.billName}
          </BillLink>
        )}
        <div className="purse-bill-row__meta">
          {hideName ? null : (
            <>
              <span>{kindLabel(occurrence)}</span>
              <time dateTime={occurrence.dueDate}>{dates.date(occurrence.dueDate, 'weekday')}</time>
            </>
          )}
          {occurrence.autopay && open ? (
            <Tag color="processing" className="purse-bill-autopay">
              {t('bills.autopayBadge')}
            </Tag>
          ) : null}
        </div>
      </div>
      <div className="purse-bill-row__when">
        {occurrence.status === 'upcoming' ? (
          <span className="purse-bill-row__relative">
            {dates.relative(occurrence.dueDate, today)}
          </span>
        ) : (
          <OccurrenceStatusTag occurrence={occurrence} today={today} />
        )}
      </div>
      <div className="purse-bill-row__amount">
        <BillAmount of={occurrence} strong />
      </div>
      <div className="purse-row-actions purse-bill-row__actions">
        {open
          ? (['pay', 'skip'] as const).map((action) => (
              <Button
                key={action}
                type={buttonType(action, occurrence)}
                size="small"
                aria-label={t(`bills.actions.${actionWord(action, occurrence)}Named`, {
                  name: occurrence.billName,
                  date: longDate,
                })}
                onClick={() => actions[action](occurrence)}
              >
                {t(`bills.actions.${actionWord(action, occurrence)}`)}
              </Button>
            ))
          : null}
      </div>
    </li>
  );
}

/** Pay a bill, send money to a contact, post the rest (income, an expense, a move). */
function actionWord(
  action: 'pay' | 'skip',
  occurrence: BillOccurrence,
): 'pay' | 'send' | 'post' | 'skip' {
  if (action === 'skip' || occurrence.scheduleKind === 'bill') return action;
  return POSTS_ON_ITS_OWN.has(occurrence.scheduleKind) ? 'post' : 'send';
}

/** Pay stands out on what is due or overdue; Skip stays quiet. */
function buttonType(action: 'pay' | 'skip', occurrence: BillOccurrence): ButtonProps['type'] {
  if (action === 'skip') return 'text';
  return occurrence.status === 'upcoming' ? 'default' : 'primary';
}
