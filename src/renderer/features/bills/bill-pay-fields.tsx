import { useTranslation } from 'react-i18next';
import type { Bill, ScheduleKind } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account, Category } from '../../../shared/domain';
import { AccountField } from '../../components/account-select';
import { MovementAmountField } from '../../components/amount-field';
import { CategoryField } from '../../components/category-select';
import { ChoiceField } from '../../components/choice-field';

/** The account field's label: where a bill is paid from, income arrives, the rest leaves. */
const ACCOUNT_LABELS = {
  bill: 'bills.fields.payFrom',
  income: 'bills.fields.into',
  expense: 'bills.fields.from',
  transfer: 'bills.fields.from',
  contact: 'bills.fields.from',
} as const satisfies Record<ScheduleKind, string>;

/**
 * How the money moves: from (or, for income, into) which account, on which category (none
 * for transfers), a fixed or estimated amount.
 */
export function BillPayFields({
  kind,
  accounts,
  categories,
  amountKind,
  currency,
}: {
  readonly kind: ScheduleKind;
  readonly accounts: readonly Account[];
  /** Categories of the kind's side (income for income), offered when the kind has one. */
  readonly categories: readonly Category[];
  readonly amountKind: Bill['amountKind'];
  /** The pay-from account's currency, which the amount is in. */
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="purse-bill-form__group">
      <legend className="purse-card-title">
        {kind === 'bill' ? t('bills.form.payTitle') : t('bills.form.moneyTitle')}
      </legend>
      <AccountField
        name="payFromAccountId"
        label={t(ACCOUNT_LABELS[kind])}
        accounts={accounts}
        requiredMessage={t('bills.form.errors.payFrom')}
      />
      {kind === 'transfer' || kind === 'contact' ? null : (
        <CategoryField
          label={t('bills.fields.category')}
          requiredMessage={t('bills.form.errors.category')}
          categories={categories}
        />
      )}
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
