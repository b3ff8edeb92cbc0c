import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { usePurseQuery } from '../../api/use-purse-query';
import { AccountField } from '../../components/account-select';
import { CategorySelect } from '../../components/category-select';

/** A payment's "Pay from" account and expense category, as the Pay and request forms ask. */
export function PayFromFields({ accounts }: { readonly accounts: readonly Account[] }) {
  const { t } = useTranslation();
  const categories = usePurseQuery('categories.list', { kind: 'expense' });
  return (
    <>
      <AccountField name="accountId" label={t('record.payFrom')} accounts={accounts} />
      <Form.Item name="categoryId" label={t('record.category')} extra={t('pay.form.categoryHelp')}>
        <CategorySelect
          categories={categories.data ?? []}
          loading={categories.isPending}
          placeholder={t('pay.form.categoryPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
