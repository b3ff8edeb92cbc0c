import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../shared/rules';
import { usePurseQuery } from '../../api/use-purse-query';
import { useSettings } from '../../api/use-settings';
import { AddButton } from '../../components/add-button';
import { PageHeader } from '../../components/page-header';
import {
  EmptyCard,
  firstQueryError,
  PageLoading,
  PageQueriesError,
} from '../../components/page-state';
import { ApplyRuleDialog } from './apply-rule-dialog';
import { RuleDialog } from './rule-dialog';
import { RuleTable } from './rule-table';
import { useRuleSummary } from './use-rule-summary';
import './rules.css';

function proposalOf(params: URLSearchParams) {
  const payee = params.get('payee');
  const categoryId = params.get('category');
  return payee && categoryId ? { payee, categoryId } : undefined;
}

/**
 * Rules: teach Purse once how to file a payee or a memo. They run in this order on imported
 * rows and on what is typed, and on existing transactions when applied.
 */
export function RulesPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const rules = usePurseQuery('rules.list');
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const currency = useSettings().data?.defaultCurrency ?? 'CNY';
  // A rule Purse proposed (from History): the dialog opens with its payee and category in.
  const [proposed] = useState(() => proposalOf(params));
  // undefined: a new rule; null: no dialog.
  const [editing, setEditing] = useState<Rule | undefined | null>(proposed ? undefined : null);
  const [applying, setApplying] = useState<Rule | null>(null);
  const summary = useRuleSummary(accounts.data ?? [], categories.data ?? [], currency);
  const add = <AddButton label={t('rules.add')} onClick={() => setEditing(undefined)} />;

  const body = () => {
    const queries = [rules, accounts, categories];
    if (firstQueryError(queries)) return <PageQueriesError queries={queries} />;
    if (!rules.data || !accounts.data || !categories.data) return <PageLoading rows={4} />;
    if (rules.data.length === 0)
      return (
        <EmptyCard title={t('rules.emptyTitle')} description={t('rules.empty')} action={add} />
      );
    return (
      <RuleTable rules={rules.data} summary={summary} onEdit={setEditing} onApply={setApplying} />
    );
  };

  return (
    <>
      <PageHeader title={t('nav.rules')} subtitle={t('rules.subtitle')} extra={add} />
      {body()}
      <RuleDialog
        editing={editing}
        accounts={(accounts.data ?? []).filter((account) => !account.archived)}
        categories={categories.data ?? []}
        currency={currency}
        {...(proposed ? { proposed } : {})}
        onClose={() => setEditing(null)}
      />
      <ApplyRuleDialog
        rule={applying}
        categories={categories.data ?? []}
        onClose={() => setApplying(null)}
      />
    </>
  );
}
