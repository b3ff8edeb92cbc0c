import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account, Category } from '../../../shared/domain';
import { AccountField } from '../../components/account-select';
import { MovementAmountField } from '../../components/amount-field';
import { CategoryField } from '../../components/category-select';
import { ChoiceField } from '../../components/choice-field';

/** How the bill is paid: from which account, into which category, a fixed or estimated amount. */
export function BillPayFields({
  accounts,
  categories,
  amountKind,
  currency,
}: {
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
  readonly amountKind: Bill['amountKind'];
  /** The pay-from account's currency, which the amount is in. */
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="purse-bill-form__group">
      <legend className="purse-card-title">{t('bills.form.payTitle')}</legend>
      <AccountField
        name="payFromAccountId"
        label={t('bills.fields.payFrom')}
        accounts={accounts}
        requiredMessage={t('bills.form.errors.payFrom')}
      />
      <CategoryField
        label={t('bills.fields.category')}
        requiredMessage={t('bills.form.errors.category')}
        categories={categories}
      />
      <ChoiceField<Bill['amountKind']>
        name="amountKind"
        label={t('bills.fields.amountKind')}
        options={[
          { value: 'fixed', label: t('bills.form.fixed') },
          { value: 'variable', label: t('bills.form.variable') },
        ]}
      />
      <MovementAmountField
        label={amountKind === 'variable' ? t('bills.fields.estimate') : t('bills.fields.amount')}
        currency={currency}
        accountField="payFromAccountId"
      />
      {amountKind === 'variable' ? (
        <p className="purse-muted purse-bill-form__note">{t('bills.form.variableHelp')}</p>
      ) : null}
    </fieldset>
  );
}
