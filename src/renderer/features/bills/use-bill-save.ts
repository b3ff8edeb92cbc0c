import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bill, BillView } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import type { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { billInputOfFormValues, type BillFormValues } from './bill-form-model';
import { fieldProblems, type FieldProblem } from './bill-form-values';

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

  const problemText = (problem: FieldProblem): string => {
    switch (problem) {
      case 'noFutureDate':
        return t('bills.form.errors.noFutureDate');
      case 'reminderPast':
        return t('bills.form.errors.reminderPast');
      case 'accountNumber':
        return t('bills.form.errors.accountNumber');
      case 'amount':
        return t('money.notPositive');
      case 'name':
        return t('bills.form.errors.name');
      case 'invalid':
        return t('errors.invalidField');
    }
  };

  const markFields = (refusal: Parameters<typeof fieldProblems>[0]) => {
    const problems = fieldProblems(refusal);
    form.setFields(
      [...problems].map(([name, problem]) => ({ name, errors: [problemText(problem)] })),
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
