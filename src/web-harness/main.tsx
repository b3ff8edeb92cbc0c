import { mountPurse } from '../renderer/mount';
import { installPurse } from './install-purse';

const root = document.getElementById('root');

async function start(element: HTMLElement): Promise<void> {
  try {
    await installPurse();
  } catch (thrown) {
    element.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'dev-web-boot';
    message.textContent = `dev:web could not open the ledger: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    element.append(message);
    console.error(thrown);
    return;
  }
  mountPurse(element);
}

if (root) void start(root);
