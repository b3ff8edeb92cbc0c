import { CheckOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { PageQueries } from '../../components/page-queries';
import { PageEmpty } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { InboxEntryItem } from './inbox-entry';
import { wordEntry } from './inbox-words';
import { useInbox } from './use-inbox';
import './inbox.css';

/**
 * The inbox (#/inbox): reminders, schedules waiting or failed, budget, goal and risk alerts
 * and forecast warnings, newest first, each with when it came, a link to what it is about,
 * "Mark as read" and "Dismiss"; "Mark all as read" above them.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const inbox = useInbox();
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const nameOf = useCategoryName();
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const markRead = usePurseMutation('inbox.markRead');
  const dismiss = usePurseMutation('inbox.dismiss');
  const accountName = useCallback(
    (id: string) => accounts.data?.find((account) => account.id === id)?.name,
    [accounts.data],
  );
  const categoryName = useCallback(
    (id: string) => {
      const category = categories.data?.find((c) => c.id === id);
      return category ? nameOf(category) : undefined;
    },
    [categories.data, nameOf],
  );
  const unread = inbox.data?.unread ?? 0;
  const markOne = (id: string) => markRead.mutate({ ids: [id] });

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <Button
            icon={<CheckOutlined aria-hidden />}
            disabled={unread === 0}
            loading={markRead.isPending && markRead.variables && 'all' in markRead.variables}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('inbox.markAllRead')}
          </Button>
        }
      />
      <FormError error={markRead.error ?? dismiss.error} />
      <PageQueries queries={[inbox, categories]} data={inbox.data} loadingRows={4}>
        {(list) => (
          <Card className="purse-card">
            {list.entries.length === 0 ? (
              <PageEmpty title={t('inbox.emptyTitle')} description={t('inbox.emptyBody')} />
            ) : (
              <ul className="purse-inbox" aria-label={t('inbox.listLabel')}>
                {list.entries.map((entry) => (
                  <InboxEntryItem
                    key={entry.id}
                    entry={entry}
                    words={wordEntry(entry, { t, locale, categoryName, accountName })}
                    marking={
                      markRead.isPending &&
                      markRead.variables !== undefined &&
                      'ids' in markRead.variables &&
                      markRead.variables.ids.includes(entry.id)
                    }
                    onMarkRead={markOne}
                    dismissing={
                      dismiss.isPending && (dismiss.variables?.ids.includes(entry.id) ?? false)
                    }
                    onDismiss={(id) => dismiss.mutate({ ids: [id] })}
                  />
                ))}
              </ul>
            )}
          </Card>
        )}
      </PageQueries>
    </>
  );
}
