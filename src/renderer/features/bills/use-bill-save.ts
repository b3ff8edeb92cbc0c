import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bill, BillView } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import type { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { billInputOfFormValues, type BillFormValues } from './bill-form-model';
import { fieldProblems, type FieldProblem } from './bill-form-values';

/** What each field problem says to fix. */
const PROBLEM_MESSAGES = {
  noFutureDate: 'bills.form.errors.noFutureDate',
  reminderPast: 'bills.form.errors.reminderPast',
  accountNumber: 'bills.form.errors.accountNumber',
  amount: 'money.notPositive',
  name: 'bills.form.errors.name',
  endsBeforeStart: 'bills.form.errors.endsBeforeStart',
  toAccount: 'bills.form.errors.toAccount',
  contact: 'bills.form.errors.contact',
  invalid: 'errors.invalidField',
} as const satisfies Record<FieldProblem, string>;

export interface BillSave {
  readonly submit: (values: BillFormValues) => void;
  /** Clears the last refusal once the person changes something. */
  readonly resetError: () => void;
  readonly saving: boolean;
  readonly error: PurseError | null;
}

/**
 * Adds the bill, or updates the one being edited, then says so. The ledger is the judge: the
 * fields its VALIDATION refusals name are marked with what to fix, the first one scrolled to.
 */
export function useBillSave({
  form,
  bill,
  currency,
  onSaved,
}: {
  readonly form: FormInstance<BillFormValues>;
  readonly bill: BillView | undefined;
  readonly currency: CurrencyCode;
  readonly onSaved: (bill: Bill) => void;
}): BillSave {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const onSuccess = (saved: Bill) => {
    void message.success(
      bill
        ? t('bills.form.saved', { name: saved.name })
        : t('bills.form.added', { name: saved.name }),
    );
    onSaved(saved);
  };
  const create = usePurseMutation('bills.create', { onSuccess });
  const update = usePurseMutation('bills.update', { onSuccess });

  const markFields = (refusal: Parameters<typeof fieldProblems>[0]) => {
    const problems = fieldProblems(refusal);
    form.setFields(
      [...problems].map(([name, problem]) => ({ name, errors: [t(PROBLEM_MESSAGES[problem])] })),
    );
    const first = problems.keys().next();
    if (!first.done) form.scrollToField(first.value, { block: 'center', focus: true });
  };

  const submit = (values: BillFormValues) => {
    const input = billInputOfFormValues(values, currency, systemTimeZone());
    if (!input) return;
    if (bill) update.mutate({ id: bill.id, ...input }, { onError: markFields });
    else create.mutate(input, { onError: markFields });
  };

  const resetError = () => {
    if (create.error) create.reset();
    if (update.error) update.reset();
  };

  return {
    submit,
    resetError,
    saving: create.isPending || update.isPending,
    error: create.error ?? update.error,
  };
}
