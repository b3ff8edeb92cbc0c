import { readFile, writeFile } from 'node:fs/promises';
import type { Notifier } from '../../gateway/notifications';

const TEXT = {
  en: {
    title: 'Purse is still running',
    body: 'Bill reminders keep coming while the window is closed. Start Purse again (or use its tray icon, where your desktop shows one) to open it; quit from the tray menu or File → Quit.',
  },
  zh: {
    title: 'Purse 仍在运行',
    body: '关闭窗口后账单提醒仍会送达。再次启动 Purse（或在桌面显示托盘时使用托盘图标）即可打开；从托盘菜单或“文件 → 退出”退出。',
  },
} as const;

/**
 * Said once, the first time the window closes to the tray: some Linux desktops show no tray
 * icon at all (no StatusNotifierItem host), and a person would not know Purse still runs or
 * how to get it back. A second start always brings the window back.
 */
export function closeToTrayHint(deps: {
  readonly notifier: Notifier;
  readonly locale: string;
  /** Marks that the hint was given, so it is given once per install. */
  readonly flagFile: string;
}): () => Promise<void> {
  let given = false;
  return async () => {
    if (given) return;
    given = true;
    const seen = await readFile(deps.flagFile, 'utf8').then(
      () => true,
      () => false,
    );
    if (seen) return;
    const text = TEXT[deps.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'];
    deps.notifier.notify({ title: text.title, body: text.body });
    await writeFile(deps.flagFile, new Date().toISOString());
  };
}
