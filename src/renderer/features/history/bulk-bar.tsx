import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkOutcome, TransactionsBulkUpdateInput } from '../../../shared/corrections';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { CategorySelect } from '../../components/category-select';
import { useDescribeError } from '../../components/use-describe-error';
import { useUndo } from '../../shell/use-undo';
import type { HistorySelection } from './use-history-selection';
import { TagsSelect } from '../../components/tag-fields';
import type { HistoryNames } from './use-history';

/**
 * What to do with the ticked rows: set their category, or delete them, as one change that
 * one Undo takes back. Shown while anything is ticked.
 */
export function BulkBar({
  selection,
  names,
}: {
  readonly selection: HistorySelection;
  readonly names: HistoryNames;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const { offerUndo } = useUndo();
  const bulk = usePurseMutation('transactions.bulkUpdate', {
    onSuccess: (outcome: BulkOutcome) => {
      selection.clear();
      const done = t('history.bulk.done', { count: outcome.changed });
      const skipped = outcome.skipped
        ? ` ${t('history.bulk.skipped', { count: outcome.skipped })}`
        : '';
      if (outcome.changed) offerUndo(done + skipped);
      else void message.info(t('history.bulk.nothing') + skipped);
    },
  });
  if (!selection.selection) return null;
  const send = (action: TransactionsBulkUpdateInput['action']) =>
    bulk.mutate(
      { selection: selection.selection!, action },
      { onError: (error) => void message.error(describe(error)) },
    );
  const count = selection.count;
  const categories = names.categories.filter((category) => !category.archived);
  return (
    <div className="purse-history-bulk" role="toolbar" aria-label={t('history.bulk.label')}>
      <span className="purse-history-bulk__count">
        {count === undefined ? t('history.bulk.allFiltered') : t('history.bulk.count', { count })}
      </span>
      <Space wrap>
        <CategorySelect
          categories={categories}
          placeholder={t('history.bulk.setCategory')}
          aria-label={t('history.bulk.setCategory')}
          value={undefined}
          onChange={(categoryId) => send({ kind: 'category', categoryId })}
        />
        <BulkTag onSend={send} pending={bulk.isPending} />
        <Popconfirm
          title={t('history.bulk.deleteConfirm', { count: count ?? 0 })}
          description={t('history.detail.deleteUndo')}
          okText={t('history.bulk.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => send({ kind: 'delete' })}
        >
          <Button danger icon={<DeleteOutlined aria-hidden />} loading={bulk.isPending}>
            {t('history.bulk.delete')}
          </Button>
        </Popconfirm>
        <Button onClick={selection.clear}>{t('history.bulk.clear')}</Button>
      </Space>
    </div>
  );
}

/** One tag to add to every ticked row, or to take off them. */
function BulkTag({
  onSend,
  pending,
}: {
  readonly onSend: (action: TransactionsBulkUpdateInput['action']) => void;
  readonly pending: boolean;
}) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<string[]>([]);
  const tag = tags[0];
  return (
    <Space.Compact>
      <TagsSelect single value={tags} onChange={setTags} placeholder={t('history.bulk.tag')} />
      {(['addTag', 'removeTag'] as const).map((kind) => (
        <Button
          key={kind}
          disabled={!tag}
          loading={pending}
          onClick={() => tag && onSend({ kind, tag })}
        >
          {t(`history.bulk.${kind}`)}
        </Button>
      ))}
    </Space.Compact>
  );
}
