import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { RULE_SOURCES, TEXT_OPS } from '../../../shared/rules';
import { RuleLines } from './rule-lines';
import type { ConditionField } from './rule-values';

const CONDITION_FIELDS: readonly ConditionField[] = [
  'payee',
  'memo',
  'amount',
  'account',
  'source',
];

/** The "When" part of a rule: every condition must hold. */
export function RuleConditionFields({ accounts }: { readonly accounts: readonly Account[] }) {
  const { t } = useTranslation();
  return (
    <RuleLines<ConditionField>
      name="conditions"
      kindField="field"
      label={t('rules.when')}
      kindLabel={t('rules.conditionField')}
      kindWidth={130}
      kinds={CONDITION_FIELDS.map((value) => ({ value, label: t(`rules.fields.${value}`) }))}
      fallback="payee"
      max={10}
      addLabel={t('rules.addCondition')}
      removeLabel={t('rules.removeCondition')}
      added={{ field: 'memo', op: 'contains' }}
      render={(index, field) => <ConditionValue name={index} field={field} accounts={accounts} />}
    />
  );
}

function ConditionValue({
  name,
  field,
  accounts,
}: {
  readonly name: number;
  readonly field: ConditionField;
  readonly accounts: readonly Account[];
}) {
  const { t } = useTranslation();
  switch (field) {
    case 'payee':
    case 'memo':
      return (
        <>
          <Form.Item name={[name, 'op']} noStyle>
            <Select
              virtual={false}
              aria-label={t('rules.operator')}
              style={{ width: 130 }}
              options={TEXT_OPS.map((op) => ({ value: op, label: t(`rules.ops.${op}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={[['conditions', name, 'op']]}>
            {({ getFieldValue }) =>
              getFieldValue(['conditions', name, 'op']) === 'oneOf' ? (
                <Form.Item name={[name, 'text']} noStyle>
                  <Input.TextArea
                    aria-label={t('rules.values')}
                    placeholder={t('rules.onePerLine')}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    style={{ width: 240 }}
                  />
                </Form.Item>
              ) : (
                <Form.Item name={[name, 'text']} noStyle>
                  <Input
                    aria-label={t('rules.value')}
                    placeholder={t(`rules.placeholders.${field}`)}
                    style={{ width: 240 }}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      );
    case 'amount':
      return (
        <Space>
          <Form.Item name={[name, 'min']} noStyle>
            <InputNumber aria-label={t('rules.minAmount')} placeholder={t('rules.min')} min={0} />
          </Form.Item>
          <span aria-hidden>–</span>
          <Form.Item name={[name, 'max']} noStyle>
            <InputNumber aria-label={t('rules.maxAmount')} placeholder={t('rules.max')} min={0} />
          </Form.Item>
        </Space>
      );
    case 'account':
      return (
        <Form.Item name={[name, 'accountIds']} noStyle>
          <Select
            virtual={false}
            mode="multiple"
            aria-label={t('rules.accounts')}
            placeholder={t('rules.accounts')}
            style={{ minWidth: 240 }}
            options={accounts.map((account) => ({ value: account.id, label: account.name }))}
          />
        </Form.Item>
      );
    case 'source':
      return (
        <Form.Item name={[name, 'sources']} noStyle>
          <Select
            virtual={false}
            mode="multiple"
            aria-label={t('rules.sources')}
            placeholder={t('rules.sources')}
            style={{ minWidth: 240 }}
            options={RULE_SOURCES.map((value) => ({
              value,
              label: t(`rules.sourceNames.${value}`),
            }))}
          />
        </Form.Item>
      );
  }
}
