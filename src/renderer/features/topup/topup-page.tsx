import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountKind } from '../../../shared/domain';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { NeedsAccount } from '../accounts/needs-account';
import { MoneyDonePage } from '../money/money-done';
import { MoneyModeSwitch } from '../money/money-form-parts';
import type { WalletMove } from './topup-confirm';
import { topupDoneView } from './topup-done-view';
import { TopupForm } from './topup-form';

/**
 * Top up & withdraw: move money from a bank card into the wallet, or back out
 * (`#/topup?mode=withdraw&wallet=<id>`).
 */
export function TopupPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const move: WalletMove = params.get('mode') === 'withdraw' ? 'withdraw' : 'topup';
  const accounts = useAccounts();
  // The success page lives in the address (#/topup?done=<id>), like Pay's.
  const doneId = params.get('done');

  const body = () => {
    if (accounts.isError)
      return <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />;
    if (!accounts.data) return <PageLoading />;
    const all = accounts.data;
    const of = (kind: AccountKind) => all.filter((account) => account.kind === kind);
    const wallets = of('wallet');
    const cards = of('bank_card');
    if (doneId) {
      return (
        <MoneyDonePage
          transactionId={doneId}
          onDone={() => navigate('home')}
          describe={topupDoneView}
        />
      );
    }
    if (wallets.length === 0 || cards.length === 0) {
      return (
        <NeedsAccount
          title={wallets.length === 0 ? t('topup.needWalletTitle') : t('topup.needCardTitle')}
          description={t('topup.needBoth')}
          kind={wallets.length === 0 ? 'wallet' : 'bank_card'}
        />
      );
    }
    return (
      <Card className="purse-card purse-form-card">
        <MoneyModeSwitch<WalletMove>
          label={t('topup.modeLabel')}
          value={move}
          onChange={(next) => {
            const wallet = params.get('wallet');
            navigate('topup', {
              ...(next === 'withdraw' ? { mode: 'withdraw' } : {}),
              ...(wallet ? { wallet } : {}),
            });
          }}
          options={[
            { value: 'topup', label: t('topup.modeTopup') },
            { value: 'withdraw', label: t('topup.modeWithdraw') },
          ]}
        />
        <TopupForm
          key={move}
          move={move}
          wallets={wallets}
          cards={cards}
          walletId={params.get('wallet')}
          onDone={(result) =>
            navigate('topup', {
              ...(move === 'withdraw' ? { mode: 'withdraw' } : {}),
              done: result.transaction.id,
            })
          }
        />
      </Card>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nav.topup')}
        subtitle={move === 'topup' ? t('topup.subtitle') : t('topup.subtitleWithdraw')}
      />
      {body()}
    </>
  );
}
