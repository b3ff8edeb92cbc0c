import { BellOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * dev:web only: the browser shows bill reminders once the page may notify, and a browser
 * asks that only from a click. In the app, reminders are OS notifications sent by main.
 */
export function BrowserReminders() {
  const { t } = useTranslation();
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (permission === 'unsupported' || permission === 'granted') {
    return null;
  }
  if (permission === 'denied') {
    return (
      <Typography.Text type="secondary" className="purse-bill-reminders">
        {t('bills.browserReminders.blocked')}
      </Typography.Text>
    );
  }
  return (
    <Button
      icon={<BellOutlined aria-hidden />}
      onClick={() => {
        void Notification.requestPermission().then(setPermission, () => setPermission('denied'));
      }}
    >
      {t('bills.browserReminders.turnOn')}
    </Button>
  );
}
