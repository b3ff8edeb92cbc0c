import { WalletFilled } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InboxNavLabel } from '../features/inbox/inbox-nav-label';
import { LockButton } from '../features/lock/lock-button';
import { NAV_ITEMS } from './nav-items';
import { isArea, NAV_PARENT, type Area } from './routes';
import { navigate } from './use-route';

/** The left navigation: every area of Purse, reachable by mouse and keyboard. */
export function SideNav({ area }: { readonly area: Area }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout.Sider
      className="purse-sider"
      width={216}
      collapsedWidth={64}
      breakpoint="md"
      collapsed={collapsed}
      onBreakpoint={setCollapsed}
      trigger={null}
    >
      <div className="purse-brand">
        <WalletFilled className="purse-brand__icon" aria-hidden />
        {collapsed ? null : <span className="purse-brand__name">{t('app.name')}</span>}
      </div>
      <nav aria-label={t('nav.label')}>
        <Menu
          mode="inline"
          inlineCollapsed={collapsed}
          selectedKeys={[NAV_PARENT[area] ?? area]}
          items={NAV_ITEMS.map((item) => ({
            key: item.area,
            icon: item.icon,
            // The inbox shows its unread count beside its name.
            label: item.area === 'inbox' ? <InboxNavLabel /> : t(`nav.${item.area}`),
          }))}
          onClick={({ key }) => {
            if (isArea(key)) navigate(key);
          }}
        />
      </nav>
      <LockButton collapsed={collapsed} />
    </Layout.Sider>
  );
}
