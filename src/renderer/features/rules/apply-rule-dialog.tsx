import { App, Button, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/domain';
import { saveInputOf, type Rule } from '../../../shared/rules';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { FormError } from '../../components/form-error';
import { PageLoading } from '../../components/page-state';
import { useUndo } from '../../shell/use-undo';
import { RulePreviewResult } from './rule-preview';
import { periodOf, RULE_PERIODS, type RulePeriod } from './rule-periods';

/**
 * "Apply to existing": a period, what the rule would change in it, and one button that
 * changes all of it as one operation, with Undo offered after.
 */
export interface ApplyRuleDialogProps {
  /** The rule to apply; null: closed. */
  readonly rule: Rule | null;
  readonly categories: readonly Category[];
  readonly onClose: () => void;
}

export function ApplyRuleDialog({ rule, categories, onClose }: ApplyRuleDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={rule !== null}
      title={rule ? t('rules.apply.title', { name: rule.name }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={760}
    >
      {rule && <ApplyRule rule={rule} categories={categories} onClose={onClose} />}
    </Modal>
  );
}

function ApplyRule({
  rule,
  categories,
  onClose,
}: Omit<ApplyRuleDialogProps, 'rule'> & { readonly rule: Rule }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { offerUndo } = useUndo();
  const [choice, setChoice] = useState<RulePeriod>('lastYear');
  const [periods] = useState(() => new Map(RULE_PERIODS.map((p) => [p, periodOf(p)])));
  const period = periods.get(choice)!;
  const preview = usePurseQuery('rules.preview', { rule: saveInputOf(rule), ...period });
  const apply = usePurseMutation('rules.apply', {
    onSuccess: (outcome) => {
      onClose();
      if (outcome.changed) offerUndo(t('rules.apply.done', { count: outcome.changed }));
      else void message.info(t('rules.apply.nothing'));
    },
  });
  const changed = preview.data?.changed ?? 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Radio.Group
        value={choice}
        onChange={(event) => setChoice(event.target.value as RulePeriod)}
        optionType="button"
        aria-label={t('rules.apply.period')}
        options={RULE_PERIODS.map((value) => ({ value, label: t(`rules.periods.${value}`) }))}
      />
      {preview.data ? (
        <RulePreviewResult preview={preview.data} categories={categories} />
      ) : (
        <PageLoading rows={3} />
      )}
      <FormError error={preview.error ?? apply.error} />
      <Space>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          disabled={!changed}
          loading={apply.isPending}
          onClick={() => apply.mutate({ id: rule.id, ...period })}
        >
          {t('rules.apply.submit', { count: changed })}
        </Button>
      </Space>
    </Space>
  );
}
