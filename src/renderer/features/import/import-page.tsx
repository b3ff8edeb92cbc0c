import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { hrefOf } from '../../shell/routes';
import { ImportFrame } from './import-frame';
import { ImportSteps } from './import-steps';
import './import.css';
import { useImportFlow } from './use-import-flow';

/**
 * Import a CSV statement: choose the account and file, map the columns, check what will
 * come in (duplicates, rejected rows), then import it all at once.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const accounts = usePurseQuery('accounts.list', undefined);
  const mappings = usePurseQuery('imports.mappings', undefined);
  const open = (accounts.data ?? []).filter((account) => !account.archived);
  const flow = useImportFlow(open, mappings.data ?? []);

  if (accounts.isPending || mappings.isPending)
    return (
      <ImportFrame>
        <PageLoading />
      </ImportFrame>
    );
  if (accounts.isError)
    return (
      <ImportFrame>
        <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />
      </ImportFrame>
    );
  if (open.length === 0) {
    return (
      <ImportFrame>
        <PageEmpty
          title={t('import.noAccounts')}
          description={t('import.noAccountsHint')}
          action={
            <Button type="primary" href={hrefOf('home')}>
              {t('import.home')}
            </Button>
          }
        />
      </ImportFrame>
    );
  }
  return (
    <ImportFrame>
      <ImportSteps accounts={open} flow={flow} />
    </ImportFrame>
  );
}
