import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInbox } from './use-inbox';

/** "Inbox" in the navigation, with the unread count as a badge (and said to screen readers). */
export function InboxNavLabel() {
  const { t } = useTranslation();
  const unread = useInbox().data?.unread ?? 0;
  return (
    <span className="purse-nav-inbox">
      {t('nav.inbox')}
      {unread > 0 ? (
        <>
          <span aria-hidden className="purse-nav-inbox__badge">
            <Badge count={unread} size="small" overflowCount={99} />
          </span>
          <span className="purse-visually-hidden">
            {' '}
            {t('inbox.unreadCount', { count: unread })}
          </span>
        </>
      ) : null}
    </span>
  );
}
