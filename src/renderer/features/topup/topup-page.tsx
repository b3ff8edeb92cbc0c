import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountKind } from '../../../shared/domain';
import { navigate } from '../../shell/use-route';
import { NeedsAccount } from '../accounts/needs-account';
import { MoneyModeSwitch } from '../money/money-form-parts';
import { MoneyPage } from '../money/money-page';
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
  // The success page lives in the address (#/topup?done=<id>), like Pay's.
  return (
    <MoneyPage
      title={t('nav.topup')}
      subtitle={move === 'topup' ? t('topup.subtitle') : t('topup.subtitleWithdraw')}
      done={{ id: params.get('done'), describe: topupDoneView }}
    >
      {(all) => {
        const of = (kind: AccountKind) => all.filter((account) => account.kind === kind);
        const wallets = of('wallet');
        const cards = of('bank_card');
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
      }}
    </MoneyPage>
  );
}
