import { Form, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../shared/domain';
import type { CurrencyCode } from '../../shared/currencies';
import { AccountKindIcon, useAccountKindLabel } from './account-kind';
import { Money } from './money';
import { SearchSelect } from './search-select';

/** Where money is paid or sent from unless the person chooses: the wallet, else the first. */
export function payingAccount(accounts: readonly Account[]): Account | undefined {
  return accounts.find((account) => account.kind === 'wallet') ?? accounts[0];
}

/** The currency of the account chosen in a form (by id), else of its first account. */
export function chosenCurrency(accounts: readonly Account[], id: string | undefined): CurrencyCode {
  return (accounts.find((account) => account.id === id) ?? accounts[0])?.currency ?? 'CNY';
}

export interface AccountSelectProps {
  readonly accounts: readonly Account[];
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly placeholder?: string;
}

interface AccountOption {
  readonly value: string;
  readonly label: string;
  readonly account: Account;
}

/** Picks one of the person's accounts; each option shows its kind and balance. */
export function AccountSelect({ accounts, ...control }: AccountSelectProps) {
  const kindLabel = useAccountKindLabel();
  const options: AccountOption[] = accounts.map((account) => ({
    value: account.id,
    label: account.name,
    account,
  }));
  return (
    <SearchSelect<string, AccountOption>
      {...control}
      options={options}
      optionRender={({ data }) => (
        <div className="purse-account-option">
          <AccountKindIcon kind={data.account.kind} />
          <span className="purse-account-option__name">
            {data.account.name}
            <span className="purse-account-option__kind">{kindLabel(data.account.kind)}</span>
          </span>
          <Money minor={data.account.balance} currency={data.account.currency} tone="muted" />
        </div>
      )}
      labelRender={({ value: selected }) => {
        const account = accounts.find((candidate) => candidate.id === selected);
        if (!account) return null;
        return (
          <span className="purse-account-option purse-account-option--selected">
            <AccountKindIcon kind={account.kind} />
            <span className="purse-account-option__name">{account.name}</span>
            <Money minor={account.balance} currency={account.currency} tone="muted" />
          </span>
        );
      }}
    />
  );
}

export interface AccountFieldProps {
  readonly name: string;
  readonly label: string;
  readonly accounts: readonly Account[];
  /** Said when none is chosen; "Choose an account" unless said. */
  readonly requiredMessage?: string;
  /** Checks after "one is chosen": the same currency, not the same account. */
  readonly rules?: readonly FormRule[];
  readonly dependencies?: readonly string[];
}

/** A form's required choice of account: the field, its rules and the account picker. */
export function AccountField({
  name,
  label,
  accounts,
  requiredMessage,
  rules = [],
  dependencies,
}: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      {...(dependencies ? { dependencies: [...dependencies] } : {})}
      rules={[
        { required: true, message: requiredMessage ?? t('record.accountRequired') },
        ...rules,
      ]}
    >
      <AccountSelect accounts={accounts} />
    </Form.Item>
  );
}
