import { mountPurse } from '../renderer/mount';
import { startBillReminders } from './bill-reminders';
import { BrowserReminders } from './browser-reminders';
import { installPurse } from './install-purse';

const root = document.getElementById('root');

async function start(element: HTMLElement): Promise<void> {
  let installed: Awaited<ReturnType<typeof installPurse>>;
  try {
    installed = await installPurse();
  } catch (thrown) {
    element.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'dev-web-boot';
    message.textContent = `dev:web could not open the ledger: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    element.append(message);
    console.error(thrown);
    return;
  }
  mountPurse(element, { billReminders: BrowserReminders });
  startBillReminders(installed);
}

if (root) void start(root);
