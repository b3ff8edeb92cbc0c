import { Button, DatePicker, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { TRANSACTION_KINDS, type TransactionKind } from '../../../shared/domain';
import { minorToDecimalString, parseMoneyInput } from '../../../shared/money';
import type { HistoryQuery } from './history-params';
import { dayKeyOf, isFiltered, localStart } from './history-params';
import type { HistoryNames } from './use-history';
import { TagFilter } from '../../components/tag-fields';

export interface HistoryFilterBarProps {
  readonly query: HistoryQuery;
  readonly names: HistoryNames;
  /** Amounts are typed in this currency (the chosen account's, else the default one). */
  readonly currency: CurrencyCode;
  readonly onChange: (next: HistoryQuery) => void;
}

function without(query: HistoryQuery, key: keyof HistoryQuery): HistoryQuery {
  const next: Record<string, unknown> = { ...query };
  delete next[key];
  return next;
}

/**
 * Every filter of History; each change goes into the address at once. Memoised: History
 * re-renders whenever a page of rows arrives while scrolling, and the bar (with every
 * category and account in its lists) need not follow.
 */
export const HistoryFilterBar = memo(function HistoryFilterBar({
  query,
  names,
  currency,
  onChange,
}: HistoryFilterBarProps) {
  const { t } = useTranslation();
  const set = <K extends keyof HistoryQuery>(key: K, value: HistoryQuery[K] | undefined) =>
    onChange(value === undefined ? without(query, key) : { ...query, [key]: value });

  const range: [Dayjs, Dayjs] | null =
    query.from || query.to
      ? [dayjs(localStart(query.from ?? query.to!)), dayjs(localStart(query.to ?? query.from!))]
      : null;

  return (
    <section className="purse-history-filters" aria-label={t('history.filters.label')}>
      <DatePicker.RangePicker
        aria-label={t('history.filters.period')}
        value={range}
        allowEmpty={[true, true]}
        onChange={(dates) => {
          const [from, to] = dates ?? [null, null];
          const next: Record<string, unknown> = { ...query };
          delete next['from'];
          delete next['to'];
          if (from) next['from'] = dayKeyOf(from.valueOf());
          if (to) next['to'] = dayKeyOf(to.valueOf());
          onChange(next);
        }}
        placeholder={[t('history.filters.from'), t('history.filters.to')]}
      />
      <Select<string>
        aria-label={t('history.filters.account')}
        placeholder={t('history.filters.allAccounts')}
        allowClear
        value={query.accountId}
        onChange={(value) => set('accountId', value)}
        options={names.accounts.map((account) => ({ value: account.id, label: account.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
      />
      <Select<string>
        aria-label={t('history.filters.category')}
        placeholder={t('history.filters.allCategories')}
        allowClear
        value={query.categoryId}
        onChange={(value) => set('categoryId', value)}
        options={names.categories.map((category) => ({
          value: category.id,
          label: names.category(category.id) ?? category.name.en,
        }))}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
      />
      <Select<string>
        aria-label={t('history.filters.counterparty')}
        placeholder={t('history.filters.allCounterparties')}
        allowClear
        value={query.counterpartyId}
        onChange={(value) => set('counterpartyId', value)}
        options={names.counterparties.map((party) => ({ value: party.id, label: party.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
      />
      <Select<TransactionKind[]>
        aria-label={t('history.filters.kinds')}
        placeholder={t('history.filters.allKinds')}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={query.kinds ? [...query.kinds] : []}
        onChange={(value) => set('kinds', value.length ? value : undefined)}
        options={TRANSACTION_KINDS.map((kind) => ({
          value: kind,
          label: t(`transactions.kinds.${kind}`),
        }))}
        virtual={false}
      />
      <TagFilter value={query.tag} onChange={(value) => set('tag', value)} />
      <AmountBound
        key={`min-${query.minAmount ?? ''}-${currency}`}
        label={t('history.filters.minAmount')}
        value={query.minAmount}
        currency={currency}
        onChange={(value) => set('minAmount', value)}
      />
      <AmountBound
        key={`max-${query.maxAmount ?? ''}-${currency}`}
        label={t('history.filters.maxAmount')}
        value={query.maxAmount}
        currency={currency}
        onChange={(value) => set('maxAmount', value)}
      />
      <Input.Search
        key={`q-${query.text ?? ''}`}
        className="purse-history-filters__text"
        aria-label={t('history.filters.text')}
        placeholder={t('history.filters.textPlaceholder')}
        defaultValue={query.text}
        allowClear
        maxLength={80}
        onSearch={(value) => set('text', value.trim() || undefined)}
      />
      <Button disabled={!isFiltered(query)} onClick={() => onChange({})}>
        {t('history.filters.clear')}
      </Button>
    </section>
  );
});

interface AmountBoundProps {
  readonly label: string;
  readonly value: number | undefined;
  readonly currency: CurrencyCode;
  readonly onChange: (minor: number | undefined) => void;
}

/** An amount typed as text, applied on Enter or on leaving the field. */
function AmountBound({ label, value, currency, onChange }: AmountBoundProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(
    value === undefined ? '' : minorToDecimalString(value, currency),
  );
  const parsed = text.trim() === '' ? null : parseMoneyInput(text, currency);
  const invalid = parsed !== null && (!parsed.ok || parsed.minor < 0);
  const apply = () => {
    if (parsed === null) onChange(undefined);
    else if (parsed.ok && parsed.minor >= 0) onChange(parsed.minor);
  };
  return (
    <Input
      className="purse-history-filters__amount"
      aria-label={label}
      aria-invalid={invalid}
      status={invalid ? 'error' : undefined}
      title={invalid ? t('history.filters.amountInvalid') : undefined}
      placeholder={label}
      inputMode="decimal"
      value={text}
      suffix={<span className="purse-currency-suffix">{currency}</span>}
      onChange={(event) => setText(event.target.value)}
      onBlur={apply}
      onPressEnter={apply}
    />
  );
}
