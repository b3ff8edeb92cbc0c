import type { ReactNode } from 'react';
import type { Account } from '../../../shared/domain';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { MoneyDonePage, type MoneyDonePageProps } from './money-done';

export interface MoneyPageProps {
  readonly title: string;
  readonly subtitle: string;
  /** Shown at the header's end (Pay's coupons). */
  readonly extra?: ReactNode;
  /**
   * The movement just made, from the address (`?paid=`, `?sent=`, `?done=`; a reload keeps
   * its page), or null, and how its done page describes it.
   */
  readonly done: { readonly id: string | null; readonly describe: MoneyDonePageProps['describe'] };
  /** The page's own body, once the accounts are loaded and nothing is done yet. */
  readonly children: (accounts: readonly Account[]) => ReactNode;
}

/**
 * The frame of Pay, Transfer and Top up & withdraw: the header, then the accounts loading
 * (or failing), the done page of the movement just made, or the page's forms.
 */
export function MoneyPage({ title, subtitle, extra, done, children }: MoneyPageProps) {
  const accounts = useAccounts();
  const body = () => {
    if (accounts.isError)
      return <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />;
    if (!accounts.data) return <PageLoading />;
    if (done.id) {
      return (
        <MoneyDonePage
          transactionId={done.id}
          onDone={() => navigate('home')}
          describe={done.describe}
        />
      );
    }
    return children(accounts.data);
  };
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} extra={extra} />
      {body()}
    </>
  );
}
