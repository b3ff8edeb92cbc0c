import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxEntry } from '../../../shared/inbox';
import { DateTime } from '../../components/date-time';
import type { InboxWords } from './inbox-words';

export interface InboxEntryItemProps {
  readonly entry: InboxEntry;
  readonly words: InboxWords;
  readonly marking: boolean;
  /** Marks an entry read, by its id: the same action for every entry. */
  readonly onMarkRead: (id: string) => void;
  readonly dismissing: boolean;
  /** Removes an entry from the inbox for good. */
  readonly onDismiss: (id: string) => void;
}

/** One entry: what happened, when, a link to what it is about, "Mark as read", "Dismiss". */
export function InboxEntryItem({
  entry,
  words,
  marking,
  onMarkRead,
  dismissing,
  onDismiss,
}: InboxEntryItemProps) {
  const { t } = useTranslation();
  const headingId = `inbox-${entry.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <li className={`purse-inbox__entry${entry.read ? '' : ' purse-inbox__entry--unread'}`}>
      <article aria-labelledby={headingId}>
        <h2 className="purse-inbox__title" id={headingId}>
          {entry.read ? null : (
            <>
              <span className="purse-inbox__dot" aria-hidden />
              <span className="purse-visually-hidden">{t('inbox.unread')}: </span>
            </>
          )}
          {words.title}
        </h2>
        <p className="purse-inbox__body">{words.body}</p>
        <div className="purse-inbox__meta">
          <DateTime value={entry.at} />
          <a
            href={words.href}
            onClick={() => {
              if (!entry.read) onMarkRead(entry.id);
            }}
          >
            {words.linkLabel}
          </a>
          {entry.read ? null : (
            <Button size="small" loading={marking} onClick={() => onMarkRead(entry.id)}>
              {t('inbox.markRead')}
            </Button>
          )}
          <Button
            size="small"
            type="text"
            loading={dismissing}
            aria-label={`${t('inbox.dismiss')}: ${words.title}`}
            onClick={() => onDismiss(entry.id)}
          >
            {t('inbox.dismiss')}
          </Button>
        </div>
      </article>
    </li>
  );
}
