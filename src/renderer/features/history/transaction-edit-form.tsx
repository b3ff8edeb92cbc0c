import { Form, Input } from 'antd';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isFullyEditable, type TransactionsUpdateInput } from '../../../shared/corrections';
import type { Account, Transaction } from '../../../shared/domain';
import { minorToDecimalString } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AccountField } from '../../components/account-select';
import { AmountField } from '../../components/amount-field';
import { CategorySelect } from '../../components/category-select';
import { DateTimeField } from '../../components/date-time-field';
import { FormActions } from '../../components/form-actions';
import { accountAmount } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { SearchSelect } from '../../components/search-select';
import { useUndo } from '../../shell/use-undo';
import { TagsSelect } from '../../components/tag-fields';
import {
  SplitLinesField,
  SplitToggle,
  splitLinesOf,
  splitValuesOf,
  type SplitLineValues,
} from '../../components/split-lines-field';
import { SPLITTABLE_KINDS } from '../../../shared/splits';
import { useConfirmReconciled } from './use-confirm-reconciled';
import type { HistoryNames } from './use-history';
import { useOfferRule } from '../rules/use-offer-rule';
import { useCategoryName } from '../../components/category-name';

interface EditValues {
  readonly amount?: string;
  readonly occurredAt?: Dayjs;
  readonly accountId?: string;
  readonly toAccountId?: string;
  readonly counterpartyId?: string | null;
  readonly categoryId?: string;
  readonly memo: string;
  readonly tags: string[];
  readonly splits?: SplitLineValues[];
}

const EDIT_FIELDS = [
  'amount',
  'occurredAt',
  'accountId',
  'toAccountId',
  'counterpartyId',
  'categoryId',
  'memo',
  'tags',
  'splits',
] as const;

/** Accounts a transaction may move to: the open ones, and those it already names. */
function accountChoices(names: HistoryNames, txn: Transaction): Account[] {
  return names.accounts.filter(
    (account) =>
      account.currency === txn.currency &&
      (!account.archived || account.id === txn.accountId || account.id === txn.toAccountId),
  );
}

/** What the form asks the ledger to change: only the fields that differ from the stored row. */
function changesOf(
  txn: Transaction,
  values: EditValues,
  accounts: readonly Account[],
  splitting: boolean,
): Omit<TransactionsUpdateInput, 'id'> | null {
  const change: Record<string, unknown> = { revision: txn.revision ?? 0 };
  if (splitting) {
    const splits = splitLinesOf(values.splits, txn.currency);
    if (!splits) return null;
    if (JSON.stringify(splits) !== JSON.stringify(txn.splits ?? [])) change['splits'] = splits;
  } else if (txn.splits && values.categoryId) {
    change['categoryId'] = values.categoryId;
  }
  if (isFullyEditable(txn)) {
    const entry = accountAmount(accounts, values.accountId, values.amount);
    if (!entry) return null;
    if (entry.minor !== txn.amount) change['amount'] = entry.minor;
    if (entry.account.id !== txn.accountId) change['accountId'] = entry.account.id;
    const at = values.occurredAt?.valueOf();
    if (at !== undefined && at !== txn.occurredAt) change['occurredAt'] = at;
    if (values.toAccountId && values.toAccountId !== txn.toAccountId)
      change['toAccountId'] = values.toAccountId;
    const payee = values.counterpartyId ?? null;
    if (payee !== (txn.counterpartyId ?? null)) change['counterpartyId'] = payee;
  }
  if (!splitting && values.categoryId && values.categoryId !== txn.categoryId)
    change['categoryId'] = values.categoryId;
  const memo = values.memo.trim();
  if (memo !== (txn.memo ?? '')) change['memo'] = memo;
  if (values.tags.join(',') !== (txn.tags ?? []).join(',')) change['tags'] = values.tags;
  return change;
}

/**
 * Corrects a transaction: every field of income, an expense or a transfer; the category and
 * memo of money a PIN confirmed (its amount stays, and a refund corrects it). Sends only what
 * changed, with the revision it shows, and offers Undo once saved.
 */
export function TransactionEditForm({
  txn,
  names,
}: {
  readonly txn: Transaction;
  readonly names: HistoryNames;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const { offerUndo } = useUndo();
  const confirmReconciled = useConfirmReconciled();
  const offerRule = useOfferRule();
  const categoryName = useCategoryName();
  const update = usePurseMutation('transactions.update', {
    onSuccess: (edited) => {
      offerUndo(t('history.detail.saved'));
      const proposal = edited.proposeRule;
      const category = proposal && names.categoryById.get(proposal.categoryId);
      if (proposal && category) offerRule(proposal, categoryName(category));
    },
  });
  const full = isFullyEditable(txn);
  const splittable = SPLITTABLE_KINDS.has(txn.kind);
  const [splitting, setSplitting] = useState(Boolean(txn.splits?.length));
  const accounts = accountChoices(names, txn);
  const current = txn.categoryId ? names.categoryById.get(txn.categoryId) : undefined;
  const categoryKind = current?.kind ?? (splittable ? txn.kind : undefined);
  const used = new Set([txn.categoryId, ...(txn.splits ?? []).map((line) => line.categoryId)]);
  const categories = names.categories.filter(
    (category) => category.kind === categoryKind && (!category.archived || used.has(category.id)),
  );
  const payees = names.counterparties.filter((payee) => payee.kind !== 'contact');
  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      name="history-edit"
      initialValues={{
        amount: minorToDecimalString(txn.amount, txn.currency),
        occurredAt: dayjs(txn.occurredAt),
        accountId: txn.accountId,
        toAccountId: txn.toAccountId,
        counterpartyId: txn.counterpartyId ?? null,
        categoryId: txn.categoryId,
        memo: txn.memo ?? '',
        tags: [...(txn.tags ?? [])],
        splits: txn.splits ? splitValuesOf(txn.splits, txn.currency) : undefined,
      }}
      onValuesChange={() => update.error && update.reset()}
      onFinish={(values) => {
        const change = changesOf(txn, values, accounts, splitting);
        if (!change) return;
        const send = (confirmed: boolean) =>
          update.mutate(
            { id: txn.id, ...change, ...(confirmed ? { confirmReconciled: true as const } : {}) },
            {
              onError: (error) => {
                if (confirmReconciled(error, () => send(true))) update.reset();
                else markServerIssues(form, error, EDIT_FIELDS, t('errors.invalidField'));
              },
            },
          );
        send(false);
      }}
    >
      {full ? (
        <>
          <AmountField
            name="amount"
            label={t('transactions.amount')}
            currency={txn.currency}
            positive
          />
          <DateTimeField name="occurredAt" label={t('transactions.date')} />
          <AccountField
            name="accountId"
            label={
              txn.kind === 'transfer'
                ? t('history.detail.fromAccount')
                : txn.kind === 'income'
                  ? t('record.receiveInto')
                  : t('record.payFrom')
            }
            accounts={accounts}
          />
          {txn.kind === 'transfer' ? (
            <AccountField
              name="toAccountId"
              label={t('history.detail.toAccount')}
              accounts={accounts}
            />
          ) : (
            <Form.Item name="counterpartyId" label={t('history.detail.payee')}>
              <SearchSelect<string | null>
                allowClear
                placeholder={t('history.detail.noPayee')}
                options={payees.map((payee) => ({ value: payee.id, label: payee.name }))}
              />
            </Form.Item>
          )}
        </>
      ) : null}
      {splitting ? (
        <SplitLinesField categories={categories} currency={txn.currency} />
      ) : current || txn.splits ? (
        <Form.Item name="categoryId" label={t('history.detail.category')}>
          <CategorySelect categories={categories} />
        </Form.Item>
      ) : null}
      {splittable ? <SplitToggle splitting={splitting} onChange={setSplitting} /> : null}
      <Form.Item
        name="memo"
        label={t('history.detail.memo')}
        rules={[{ max: 200, message: t('history.detail.memoTooLong') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} count={{ show: true, max: 200 }} />
      </Form.Item>
      <Form.Item name="tags" label={t('history.detail.tags')}>
        <TagsSelect />
      </Form.Item>
      <FormActions submitLabel={t('history.detail.save')} request={update} />
      <p className="purse-history-detail__note">
        {full ? t('history.detail.logged') : t('history.detail.confirmedMoney')}
      </p>
    </Form>
  );
}
