import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account, Category } from '../../../shared/domain';
import type { Rule, RuleProposal, RulesSaveInput } from '../../../shared/rules';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { FormActions } from '../../components/form-actions';
import { FormError } from '../../components/form-error';
import { DialogForm, EditingDialog } from '../../components/form-dialog';
import { nameRules } from '../../components/form-rules';
import { RuleActionFields } from './rule-action-fields';
import { RuleConditionFields } from './rule-condition-fields';
import { RulePreviewResult } from './rule-preview';
import {
  NEW_RULE,
  proposedRule,
  ruleInputOf,
  ruleProblem,
  valuesOf,
  type RuleValues,
} from './rule-values';
import { lastYear } from './rule-periods';

export interface RuleDialogProps {
  /** The rule to change; absent: a new one; null: closed. */
  readonly editing: Rule | undefined | null;
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
  readonly currency: CurrencyCode;
  /** A new rule's payee and category, as Purse proposed them. */
  readonly proposed?: RuleProposal;
  readonly onClose: () => void;
}

/** Writes or changes a rule: when (conditions), then (actions), and a preview before saving. */
export function RuleDialog({ editing, onClose, ...lists }: RuleDialogProps) {
  const { t } = useTranslation();
  return (
    <EditingDialog
      editing={editing}
      createTitle={t('rules.createTitle')}
      editTitle={t('rules.editTitle')}
      width={760}
      onClose={onClose}
    >
      {(rule) => <RuleForm rule={rule} onClose={onClose} {...lists} />}
    </EditingDialog>
  );
}

function RuleForm({
  rule,
  accounts,
  categories,
  currency,
  proposed,
  onClose,
}: Omit<RuleDialogProps, 'editing'> & { readonly rule: Rule | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleValues>();
  const [asked, setAsked] = useState<RulesSaveInput | null>(null);
  // Fixed when the form opens: a query key that moved with the clock would refetch forever.
  const [period] = useState(lastYear);
  const preview = usePurseQuery('rules.preview', asked ? { rule: asked, ...period } : undefined, {
    enabled: asked !== null,
  });
  const save = usePurseMutation('rules.save', { onSuccess: onClose });
  const [problem, setProblem] = useState<string | null>(null);
  const loop = save.error?.details?.['earlier'];
  const submit = () => {
    const values = form.getFieldsValue(true) as RuleValues;
    const found = ruleProblem(values);
    setProblem(found ? t(`rules.problems.${found.key}`, { n: found.n }) : null);
    if (!found) save.mutate(ruleInputOf(values, currency, rule?.id));
  };
  const open = categories.filter((category) => !category.archived);
  const inputOf = () => ruleInputOf(form.getFieldsValue(true) as RuleValues, currency, rule?.id);

  return (
    <DialogForm<RuleValues>
      form={form}
      initialValues={rule ? valuesOf(rule, currency) : proposed ? proposedRule(proposed) : NEW_RULE}
      onFinish={submit}
    >
      <Form.Item name="name" label={t('rules.name')} rules={nameRules(t, t('rules.nameRequired'))}>
        <Input autoFocus autoComplete="off" placeholder={t('rules.namePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('rules.when')} extra={t('rules.whenHelp')} required>
        <RuleConditionFields accounts={accounts} />
      </Form.Item>
      <Form.Item label={t('rules.then')} extra={t('rules.thenHelp')} required>
        <RuleActionFields categories={open} />
      </Form.Item>
      <Form.Item name="enabled" valuePropName="checked">
        <Checkbox>{t('rules.enabledLong')}</Checkbox>
      </Form.Item>
      <div className="purse-stack">
        <Button onClick={() => setAsked(inputOf())} loading={preview.isFetching}>
          {t('rules.previewButton')}
        </Button>
        <FormError error={preview.error} />
        {asked && preview.data && (
          <RulePreviewResult preview={preview.data} categories={categories} />
        )}
      </div>
      {(problem ?? loop !== undefined) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={
            problem ??
            t('rules.problems.loop', {
              rule: String(save.error?.details?.['rule']),
              earlier: String(loop),
            })
          }
        />
      )}
      <FormActions
        submitLabel={t('rules.save')}
        onCancel={onClose}
        pending={save.isPending}
        error={loop === undefined ? save.error : null}
      />
    </DialogForm>
  );
}
