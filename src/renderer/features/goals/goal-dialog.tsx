import { Checkbox, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import type { GoalProgress } from '../../../shared/goals';
import { minorToDecimalString } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AccountField, chosenCurrency } from '../../components/account-select';
import { AmountField } from '../../components/amount-field';
import { DateInput } from '../../components/date-input';
import { FormActions } from '../../components/form-actions';
import { DialogForm, EditingDialog } from '../../components/form-dialog';
import { nameRules } from '../../components/form-rules';
import { parseAmountField } from '../../components/money-rules';

interface GoalValues {
  readonly name?: string;
  readonly accountId?: string;
  readonly target?: string;
  readonly targetDate?: Dayjs;
  readonly envelope?: boolean;
  readonly tag?: string;
}

export interface GoalDialogProps {
  /** The goal to change; undefined: a new one; null: closed. */
  readonly editing: GoalProgress | undefined | null;
  readonly accounts: readonly Account[];
  readonly onClose: () => void;
}

/** Sets a savings goal: what for, on which account (or an envelope in it), how much, by when. */
export function GoalDialog({ editing, accounts, onClose }: GoalDialogProps) {
  const { t } = useTranslation();
  return (
    <EditingDialog
      editing={editing}
      createTitle={t('goals.createTitle')}
      editTitle={t('goals.editTitle')}
      width={520}
      onClose={onClose}
    >
      {(goal) => <GoalForm goal={goal} accounts={accounts} onClose={onClose} />}
    </EditingDialog>
  );
}

function GoalForm({
  goal,
  accounts,
  onClose,
}: Omit<GoalDialogProps, 'editing'> & { readonly goal: GoalProgress | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GoalValues>();
  const accountId = Form.useWatch('accountId', form);
  const envelope = Form.useWatch('envelope', form);
  const currency = chosenCurrency(accounts, accountId);
  const save = usePurseMutation('goals.save', { onSuccess: onClose });
  const savings = accounts.find((account) => account.kind === 'savings') ?? accounts[0];
  const submit = (values: GoalValues) => {
    const target = parseAmountField(values.target, currency);
    if (!target.ok || !values.name || !values.accountId || !values.targetDate) return;
    save.mutate({
      ...(goal ? { id: goal.id } : {}),
      name: values.name.trim(),
      accountId: values.accountId,
      target: target.minor,
      targetDate: values.targetDate.endOf('day').valueOf(),
      ...(values.envelope && values.tag ? { tag: values.tag } : {}),
    });
  };
  return (
    <DialogForm<GoalValues>
      form={form}
      initialValues={
        goal
          ? {
              name: goal.name,
              accountId: goal.accountId,
              target: minorToDecimalString(goal.target, goal.currency),
              targetDate: dayjs(goal.targetDate),
              envelope: goal.tag !== undefined,
              tag: goal.tag,
            }
          : { accountId: savings?.id, targetDate: dayjs().add(1, 'year') }
      }
      onFinish={submit}
    >
      <Form.Item name="name" label={t('goals.name')} rules={nameRules(t, t('goals.nameRequired'))}>
        <Input autoFocus autoComplete="off" placeholder={t('goals.namePlaceholder')} />
      </Form.Item>
      <AccountField name="accountId" label={t('goals.account')} accounts={accounts} />
      <AmountField
        name="target"
        label={t('goals.target')}
        currency={currency}
        dependencies={['accountId']}
      />
      <Form.Item
        name="targetDate"
        label={t('goals.targetDate')}
        rules={[{ required: true, message: t('goals.dateRequired') }]}
      >
        <DateInput disabledDate={(day) => day.isBefore(dayjs().add(1, 'day'), 'day')} />
      </Form.Item>
      <Form.Item name="envelope" valuePropName="checked" extra={t('goals.envelopeHelp')}>
        <Checkbox>{t('goals.envelope')}</Checkbox>
      </Form.Item>
      {envelope && (
        <Form.Item
          name="tag"
          label={t('goals.tag')}
          rules={[{ required: true, message: t('goals.tagRequired') }]}
        >
          <Input prefix="#" autoComplete="off" placeholder={t('goals.tagPlaceholder')} />
        </Form.Item>
      )}
      <FormActions submitLabel={t('goals.save')} onCancel={onClose} request={save} />
    </DialogForm>
  );
}
