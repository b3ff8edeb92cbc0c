import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalProgress } from '../../../shared/goals';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { AddButton } from '../../components/add-button';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import {
  EmptyCard,
  firstQueryError,
  PageLoading,
  PageQueriesError,
} from '../../components/page-state';
import { GoalCard } from './goal-card';
import { GoalDialog } from './goal-dialog';
import './goals.css';

/**
 * Savings goals: a target by a date on an account, or on an envelope inside it (the transfers
 * into it that carry the goal's tag). Money goes in by ordinary transfers.
 */
export function GoalsPage() {
  const { t } = useTranslation();
  const goals = usePurseQuery('goals.list');
  const accounts = usePurseQuery('accounts.list');
  const remove = usePurseMutation('goals.remove');
  // undefined: a new goal; null: no dialog.
  const [editing, setEditing] = useState<GoalProgress | undefined | null>(null);
  const add = <AddButton label={t('goals.add')} onClick={() => setEditing(undefined)} />;

  const body = () => {
    const queries = [goals, accounts];
    if (firstQueryError(queries)) return <PageQueriesError queries={queries} />;
    if (!goals.data || !accounts.data) return <PageLoading rows={3} />;
    if (goals.data.length === 0)
      return (
        <EmptyCard title={t('goals.emptyTitle')} description={t('goals.empty')} action={add} />
      );
    const names = new Map(accounts.data.map((account) => [account.id, account.name]));
    return (
      <div className="purse-goal-grid">
        {goals.data.map((goal) => (
          <GoalCard
            key={goal.id}
            goal={goal}
            accountName={names.get(goal.accountId) ?? ''}
            onEdit={() => setEditing(goal)}
            onRemove={() => remove.mutate({ id: goal.id })}
          />
        ))}
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t('nav.goals')} subtitle={t('goals.subtitle')} extra={add} />
      <FormError error={remove.error} />
      {body()}
      <GoalDialog
        editing={editing}
        accounts={(accounts.data ?? []).filter((account) => !account.archived)}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
