import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveInputOf, type Rule } from '../../../shared/rules';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { DeleteButton } from '../../components/delete-button';
import { FormError } from '../../components/form-error';

export interface RuleTableProps {
  readonly rules: readonly Rule[];
  readonly summary: { when: (rule: Rule) => string; then: (rule: Rule) => string };
  readonly onEdit: (rule: Rule) => void;
  readonly onApply: (rule: Rule) => void;
}

/** The rules in the order they run, each movable, switchable, editable and removable. */
export function RuleTable({ rules, summary, onEdit, onApply }: RuleTableProps) {
  const { t } = useTranslation();
  const reorder = usePurseMutation('rules.reorder');
  const save = usePurseMutation('rules.save');
  const remove = usePurseMutation('rules.remove');
  const move = (index: number, by: -1 | 1) => {
    const ids = rules.map((rule) => rule.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    reorder.mutate({ ids });
  };
  const toggle = (rule: Rule, enabled: boolean) => {
    save.mutate({ ...saveInputOf(rule), enabled });
  };
  return (
    <>
      <FormError error={reorder.error ?? save.error ?? remove.error} />
      <Table<Rule>
        rowKey="id"
        dataSource={[...rules]}
        pagination={false}
        data-testid="rules-table"
        columns={[
          { title: '#', width: 48, render: (_, __, index) => index + 1 },
          { title: t('rules.name'), dataIndex: 'name' },
          { title: t('rules.when'), render: (_, rule) => summary.when(rule) },
          { title: t('rules.then'), render: (_, rule) => summary.then(rule) },
          {
            title: t('rules.enabled'),
            width: 90,
            render: (_, rule) => (
              <Switch
                size="small"
                checked={rule.enabled}
                aria-label={t('rules.enableNamed', { name: rule.name })}
                onChange={(enabled) => toggle(rule, enabled)}
              />
            ),
          },
          {
            title: t('rules.actionsColumn'),
            render: (_, rule, index) => (
              <Space size={0} wrap>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined aria-hidden />}
                  aria-label={t('rules.moveUp', { name: rule.name })}
                  disabled={index === 0 || reorder.isPending}
                  onClick={() => move(index, -1)}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined aria-hidden />}
                  aria-label={t('rules.moveDown', { name: rule.name })}
                  disabled={index === rules.length - 1 || reorder.isPending}
                  onClick={() => move(index, 1)}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  aria-label={t('rules.editNamed', { name: rule.name })}
                  onClick={() => onEdit(rule)}
                />
                <Button size="small" onClick={() => onApply(rule)}>
                  {t('rules.applyButton')}
                </Button>
                <DeleteButton
                  confirm={t('rules.deleteConfirm', { name: rule.name })}
                  okText={t('rules.delete')}
                  label={t('rules.deleteNamed', { name: rule.name })}
                  onConfirm={() => remove.mutate({ id: rule.id })}
                />
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
