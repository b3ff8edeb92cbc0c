import { RightOutlined } from '@ant-design/icons';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import { useBillDates, useScheduleText } from './bill-format';
import { BillAmount } from './bill-amount';
import { ScheduleIcon } from './biller-kind';
import { BillLink } from './bill-link';

export interface AllBillsProps {
  readonly bills: readonly BillView[];
  readonly today: string;
}

/** Every active bill, however far away its next date: the way to each bill's detail. */
export function AllBills({ bills, today }: AllBillsProps) {
  const { t } = useTranslation();
  const dates = useBillDates();
  const scheduleText = useScheduleText();
  const sorted = [...bills].sort(
    (a, b) =>
      (a.next?.dueDate ?? '9999').localeCompare(b.next?.dueDate ?? '9999') ||
      a.name.localeCompare(b.name),
  );
  return (
    <Card
      className="purse-card purse-bill-section"
      title={
        <h2 className="purse-card-title">
          <span id="purse-bills-all">{t('bills.list.all')}</span>
          <span className="purse-bill-section__count">{bills.length}</span>
        </h2>
      }
    >
      <section aria-labelledby="purse-bills-all">
        <ul className="purse-bill-rows">
          {sorted.map((bill) => (
            <li key={bill.id} className="purse-bill-row purse-bill-row--link" data-bill={bill.name}>
              <ScheduleIcon of={{ scheduleKind: bill.kind, billerKind: bill.billerKind }} />
              <div className="purse-bill-row__main">
                <BillLink billId={bill.id} className="purse-bill-row__name purse-bill-row__stretch">
                  {bill.name}
                </BillLink>
                <div className="purse-bill-row__meta">
                  <span>{scheduleText(bill)}</span>
                  {bill.autopay ? (
                    <Tag color="processing" className="purse-bill-autopay">
                      {t('bills.autopayBadge')}
                    </Tag>
                  ) : null}
                  {bill.overdue > 0 ? (
                    <Tag color="error" className="purse-bill-status">
                      {t('bills.status.overdueCount', { count: bill.overdue })}
                    </Tag>
                  ) : null}
                </div>
              </div>
              <div className="purse-bill-row__when">
                {bill.next ? (
                  <span className="purse-bill-row__next">
                    <span className="purse-muted">{t('bills.list.next')}</span>{' '}
                    <time dateTime={bill.next.dueDate}>
                      {bill.next.dueDate === today
                        ? t('bills.status.due')
                        : dates.date(bill.next.dueDate, 'short')}
                    </time>
                  </span>
                ) : (
                  <span className="purse-muted">{t('bills.list.noNext')}</span>
                )}
              </div>
              <div className="purse-bill-row__amount">
                <BillAmount of={bill} />
              </div>
              <RightOutlined className="purse-bill-row__chevron" aria-hidden />
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
