import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Category } from '../../../shared/domain';
import type { RulePreview, RulePreviewItem } from '../../../shared/rules';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';

/**
 * What a rule would change among a period's income and expenses: how many it looks at,
 * matches and would change, with a warning when it matches nothing or every one, and the
 * newest it would change, each with its category now and after.
 */
export function RulePreviewResult({
  preview,
  categories,
}: {
  readonly preview: RulePreview;
  readonly categories: readonly Category[];
}) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const byId = new Map(categories.map((category) => [category.id, category]));
  const nameOf = (id: string | undefined) => {
    const category = id ? byId.get(id) : undefined;
    return category ? categoryName(category) : '—';
  };
  const after = (item: RulePreviewItem) => {
    const { effect } = item;
    if (effect.split) return effect.split.map((line) => nameOf(line.categoryId)).join(' + ');
    return nameOf(effect.categoryId ?? item.categoryId);
  };
  const warning =
    preview.matched === 0
      ? t('rules.preview.matchesNothing')
      : preview.matched === preview.considered
        ? t('rules.preview.matchesAll', { count: preview.considered })
        : undefined;
  return (
    <div className="purse-stack" data-testid="rule-preview">
      <Typography.Text>
        {t('rules.preview.counts', {
          matched: preview.matched,
          considered: preview.considered,
          changed: preview.changed,
        })}
      </Typography.Text>
      {warning && <Alert type="warning" showIcon title={warning} />}
      {preview.sample.length > 0 && (
        <Table<RulePreviewItem>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...preview.sample]}
          columns={[
            {
              title: t('rules.preview.date'),
              dataIndex: 'occurredAt',
              render: (at: number) => <DateTime value={at} style="date" />,
            },
            { title: t('rules.fields.payee'), dataIndex: 'payee' },
            { title: t('rules.fields.memo'), dataIndex: 'memo' },
            {
              title: t('rules.fields.amount'),
              align: 'right',
              render: (_, item) => (
                <Money minor={item.amount} currency={item.currency as CurrencyCode} />
              ),
            },
            { title: t('rules.preview.now'), render: (_, item) => nameOf(item.categoryId) },
            { title: t('rules.preview.after'), render: (_, item) => after(item) },
          ]}
        />
      )}
    </div>
  );
}
