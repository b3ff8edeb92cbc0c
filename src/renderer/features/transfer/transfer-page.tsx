import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MoneyResult } from '../../../shared/payments';
import { navigate } from '../../shell/use-route';
import { NeedsAccount } from '../accounts/needs-account';
import { MoneyModeSwitch } from '../money/money-form-parts';
import { MoneyPage } from '../money/money-page';
import { AccountTransferForm } from './account-transfer-form';
import { ContactTransferForm } from './contact-transfer-form';
import { transferDoneView } from './transfer-done-view';

type TransferMode = 'contact' | 'accounts';

/** Transfer: send money to a person, or move it between your own accounts (`?to=accounts`). */
export function TransferPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const mode: TransferMode = params.get('to') === 'accounts' ? 'accounts' : 'contact';
  const onSent = (result: MoneyResult) =>
    navigate('transfer', {
      ...(mode === 'accounts' ? { to: 'accounts' } : {}),
      sent: result.transaction.id,
    });
  // The success page lives in the address (#/transfer?sent=<id>), like Pay's.
  return (
    <MoneyPage
      title={t('nav.transfer')}
      subtitle={mode === 'contact' ? t('transfer.subtitleContact') : t('transfer.subtitle')}
      done={{ id: params.get('sent'), describe: transferDoneView }}
    >
      {(accounts) =>
        accounts.length === 0 ? (
          <NeedsAccount title={t('record.noAccountTitle')} description={t('transfer.needOne')} />
        ) : (
          <Card className="purse-card purse-form-card">
            <MoneyModeSwitch<TransferMode>
              label={t('transfer.modeLabel')}
              value={mode}
              onChange={(next) =>
                navigate('transfer', next === 'accounts' ? { to: 'accounts' } : undefined)
              }
              options={[
                { value: 'contact', label: t('transfer.modeContact') },
                { value: 'accounts', label: t('transfer.modeAccounts') },
              ]}
            />
            {mode === 'contact' ? (
              <ContactTransferForm accounts={accounts} onSent={onSent} />
            ) : accounts.length < 2 ? (
              <NeedsAccount
                title={t('transfer.needTwoTitle')}
                description={t('transfer.needTwo')}
              />
            ) : (
              <AccountTransferForm accounts={accounts} onSent={onSent} />
            )}
          </Card>
        )
      }
    </MoneyPage>
  );
}
