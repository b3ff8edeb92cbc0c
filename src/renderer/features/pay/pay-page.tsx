import { TagsOutlined } from '@ant-design/icons';
import { Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, CategoryKind, TransactionDetail } from '../../../shared/domain';
import { navigate } from '../../shell/use-route';
import { RequestEntry } from './requests/request-entry';
import { RequestPay } from './requests/request-pay';
import { EntryForm } from '../record/entry-form';
import { NeedsAccount } from '../accounts/needs-account';
import { RecordResult } from '../record/record-result';
import { MoneyModeSwitch } from '../money/money-form-parts';
import { MoneyPage } from '../money/money-page';
import { PayForm } from './pay-form';
import { payModeOf, type PayMode } from './pay-mode';
import { paymentDoneView } from './payment-done-view';

/**
 * Pay: pay a merchant with the PIN (the main action), or record by hand money spent or
 * received elsewhere (the second tab).
 */
export function PayPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const { mode, kind } = payModeOf(params);
  // The success page lives in the address (#/pay?paid=<id>): a reload keeps it, and Pay in
  // the navigation starts a fresh payment.
  const paidId = mode === 'pay' ? params.get('paid') : null;
  const [recorded, setRecorded] = useState<TransactionDetail | null>(null);

  const body = (accounts: readonly Account[]) => {
    const requestLink = params.get('request');
    const requestRefused = params.get('requestProblem');
    if (mode === 'pay' && (requestLink !== null || requestRefused !== null)) {
      return (
        <RequestPay
          key={requestLink ?? requestRefused}
          link={requestLink}
          refused={requestRefused}
          accounts={accounts}
          onPaid={(result) => navigate('pay', { paid: result.transaction.id })}
        />
      );
    }
    if (recorded && mode === 'record') {
      return (
        <Card className="purse-card purse-form-card">
          <RecordResult detail={recorded} accounts={accounts} onAnother={() => setRecorded(null)} />
        </Card>
      );
    }
    if (accounts.length === 0) {
      return (
        <NeedsAccount title={t('record.noAccountTitle')} description={t('record.noAccount')} />
      );
    }
    return (
      <>
        <Card className="purse-card purse-form-card">
          <MoneyModeSwitch<PayMode>
            label={t('pay.modeLabel')}
            value={mode}
            onChange={(next) => navigate('pay', next === 'record' ? { mode: 'record' } : undefined)}
            options={[
              { value: 'pay', label: t('pay.modePay') },
              { value: 'record', label: t('pay.modeRecord') },
            ]}
          />
          {mode === 'pay' ? (
            <PayForm
              accounts={accounts}
              onPaid={(result) => navigate('pay', { paid: result.transaction.id })}
            />
          ) : (
            <>
              <p className="purse-record-intro">{t('record.paySubtitle')}</p>
              <Segmented<CategoryKind>
                className="purse-record-kind"
                aria-label={t('pay.recordKindLabel')}
                value={kind}
                onChange={(next) =>
                  navigate('pay', next === 'income' ? { kind: 'income' } : { mode: 'record' })
                }
                options={[
                  { value: 'expense', label: t('record.expense') },
                  { value: 'income', label: t('record.income') },
                ]}
              />
              <EntryForm key={kind} kind={kind} accounts={accounts} onRecorded={setRecorded} />
            </>
          )}
        </Card>
        {mode === 'pay' ? <RequestEntry /> : null}
      </>
    );
  };

  return (
    <MoneyPage
      title={t('nav.pay')}
      subtitle={mode === 'pay' ? t('pay.subtitle') : t('pay.recordSubtitle')}
      extra={
        <Button icon={<TagsOutlined aria-hidden />} onClick={() => navigate('coupons')}>
          {t('pay.myCoupons')}
        </Button>
      }
      done={{ id: paidId, describe: paymentDoneView }}
    >
      {body}
    </MoneyPage>
  );
}
