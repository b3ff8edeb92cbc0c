import { LockOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { lockShortcutLabel } from '../../components/pin/pin-rules';
import { useLockNow } from '../../api/use-security';

/** Locks Purse at once; the navigation shows it, Ctrl+L (⌘L) does the same anywhere. */
export function LockButton({ collapsed }: { readonly collapsed: boolean }) {
  const { t } = useTranslation();
  const lock = useLockNow();
  const hint = t('lock.lockNowHint', { keys: lockShortcutLabel() });
  return (
    <div className="purse-sider-lock">
      <Tooltip title={hint} placement="right">
        <Button
          type="text"
          icon={<LockOutlined aria-hidden />}
          loading={lock.isPending}
          onClick={() => lock.mutate(undefined)}
          aria-label={collapsed ? hint : undefined}
          aria-keyshortcuts={lockShortcutLabel() === '⌘L' ? 'Meta+L' : 'Control+L'}
        >
          {collapsed ? null : t('lock.lockNow')}
        </Button>
      </Tooltip>
    </div>
  );
}
