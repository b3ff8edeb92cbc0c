import { execFileSync } from 'node:child_process';
import keytar from 'keytar';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateDataKey } from '../../src/gateway/security/data-key';
import { createKeytarStore } from '../../src/main/secrets/keytar-store';

const SERVICE = `Purse-faults-${process.pid}-${Date.now()}`;
const store = createKeytarStore(keytar, SERVICE);

/** The pid of whoever owns the Secret Service name on this (private) session bus. */
function secretServicePid(): number {
  const reply = execFileSync('dbus-send', [
    '--session',
    '--dest=org.freedesktop.DBus',
    '--print-reply',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.GetConnectionUnixProcessID',
    'string:org.freedesktop.secrets',
  ]).toString();
  return Number(/uint32 (\d+)/.exec(reply)![1]);
}

function startKeyring(): void {
  execFileSync('gnome-keyring-daemon', ['--replace', '--unlock', '--components=secrets'], {
    input: 'pw',
    stdio: ['pipe', 'ignore', 'ignore'],
  });
}

/** What a freshly started Purse would read: keytar in a new process. */
function readInNewProcess(account: string): string {
  return execFileSync(process.execPath, [
    '-e',
    `require('keytar').getPassword(${JSON.stringify(SERVICE)}, ${JSON.stringify(account)}).then((v) => process.stdout.write(String(v)))`,
  ]).toString();
}

afterAll(() => {
  execFileSync('secret-tool', ['clear', 'service', SERVICE]);
});

describe('the Secret Service going away and coming back', () => {
  it('answers KEYCHAIN_UNAVAILABLE while the keyring is gone or locked, and the data key is still there after', async () => {
    const key = await loadOrCreateDataKey(store);
    process.kill(secretServicePid(), 'SIGKILL');
    // The bus may start a fresh daemon on demand, but its keyring is locked: no secret comes out.
    await expect(store.get('data-key')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    await expect(loadOrCreateDataKey(store)).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
    // Back: the key is where it was. (libsecret in this process keeps its link to the old
    // daemon, so a running Purse reads it again once restarted.)
    startKeyring();
    expect(readInNewProcess('data-key')).toBe(Buffer.from(key).toString('base64'));
  });
});
