import { MinusCircleOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/domain';
import { CategorySelect } from '../../components/category-select';
import { TagsSelect } from '../../components/tag-fields';
import { RuleLines } from './rule-lines';
import type { ActionField } from './rule-values';

const ACTION_FIELDS: readonly ActionField[] = ['category', 'split', 'tags', 'payee', 'memo'];

/** The "Then" part of a rule: what it sets, each field once. */
export function RuleActionFields({ categories }: { readonly categories: readonly Category[] }) {
  const { t } = useTranslation();
  return (
    <RuleLines<ActionField>
      name="actions"
      kindField="set"
      label={t('rules.then')}
      kindLabel={t('rules.actionField')}
      kindWidth={190}
      kinds={ACTION_FIELDS.map((value) => ({ value, label: t(`rules.actions.${value}`) }))}
      fallback="category"
      max={5}
      addLabel={t('rules.addAction')}
      removeLabel={t('rules.removeAction')}
      added={{ set: 'tags' }}
      render={(index, set) => <ActionValue name={index} set={set} categories={categories} />}
    />
  );
}

function ActionValue({
  name,
  set,
  categories,
}: {
  readonly name: number;
  readonly set: ActionField;
  readonly categories: readonly Category[];
}) {
  const { t } = useTranslation();
  switch (set) {
    case 'category':
      return (
        <Form.Item name={[name, 'categoryId']} noStyle>
          <CategorySelect
            categories={categories}
            aria-label={t('rules.category')}
            style={{ width: 240 }}
          />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item name={[name, 'tags']} noStyle>
          <TagsSelect placeholder={t('rules.tags')} style={{ minWidth: 240 }} />
        </Form.Item>
      );
    case 'payee':
      return (
        <Form.Item name={[name, 'name']} noStyle>
          <Input aria-label={t('rules.payeeName')} placeholder={t('rules.payeeName')} />
        </Form.Item>
      );
    case 'memo':
      return (
        <Form.Item name={[name, 'memo']} noStyle>
          <Input aria-label={t('rules.memoText')} placeholder={t('rules.memoText')} />
        </Form.Item>
      );
    case 'split':
      return <SplitShares name={name} categories={categories} />;
  }
}

function SplitShares({
  name,
  categories,
}: {
  readonly name: number;
  readonly categories: readonly Category[];
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={[name, 'lines']} initialValue={[{}, {}]}>
      {(lines, { add, remove }) => (
        <div className="purse-rule-list">
          {lines.map((line, index) => (
            <Space key={line.key}>
              <Form.Item name={[line.name, 'categoryId']} noStyle>
                <CategorySelect
                  categories={categories}
                  aria-label={t('rules.splitCategory', { n: index + 1 })}
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Form.Item name={[line.name, 'percent']} noStyle>
                <InputNumber
                  aria-label={t('rules.splitPercent', { n: index + 1 })}
                  min={0.01}
                  max={99.99}
                  step={1}
                  addonAfter="%"
                  style={{ width: 120 }}
                />
              </Form.Item>
              {lines.length > 2 && (
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  aria-label={t('rules.removeSplitLine')}
                  onClick={() => remove(line.name)}
                />
              )}
            </Space>
          ))}
          {lines.length < 10 && (
            <Button type="link" onClick={() => add({})}>
              {t('rules.addSplitLine')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
