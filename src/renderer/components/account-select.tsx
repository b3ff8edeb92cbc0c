import { Select } from 'antd';
import type { Account } from '../../shared/domain';
import { AccountKindIcon, useAccountKindLabel } from './account-kind';
import { Money } from './money';

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
export function AccountSelect({ accounts, id, value, onChange, placeholder }: AccountSelectProps) {
  const kindLabel = useAccountKindLabel();
  const options: AccountOption[] = accounts.map((account) => ({
    value: account.id,
    label: account.name,
    account,
  }));
  return (
    <Select<string, AccountOption>
      id={id}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      options={options}
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
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
