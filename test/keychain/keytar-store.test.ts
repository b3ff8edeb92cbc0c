import keytar from 'keytar';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateDataKey } from '../../src/gateway/security/data-key';
import { createSecretHasher } from '../../src/gateway/security/pin-hasher';
import { SecurityService } from '../../src/gateway/security/security-service';
import { noBiometric } from '../../src/gateway/security/biometric';
import { noIdentity } from '../../src/gateway/security/identity-check';
import { createKeytarStore } from '../../src/main/secrets/keytar-store';
import { nodeScrypt } from '../../src/main/secrets/node-scrypt';
import { ManualClock } from '../support/ledger-fixture';
import { MemorySecurityLog } from '../support/security-fixture';

// A service name of its own, so a developer's real "Purse" entries are never touched.
const SERVICE = `Purse-test-${process.pid}-${Date.now()}`;
const store = createKeytarStore(keytar, SERVICE);

afterAll(async () => {
  for (const { account } of await keytar.findCredentials(SERVICE))
    await keytar.deletePassword(SERVICE, account);
});

describe('keytar store on a real Secret Service', () => {
  it('keeps, reads back and deletes a secret', async () => {
    await store.set('greeting', '你好, Purse ✓');
    expect(await store.get('greeting')).toBe('你好, Purse ✓');
    await store.delete('greeting');
    expect(await store.get('greeting')).toBeNull();
  });

  it('answers null for a secret never stored', async () => {
    expect(await store.get('never-stored')).toBeNull();
  });

  it('keeps the data key across store instances (as across app restarts)', async () => {
    const key = await loadOrCreateDataKey(store);
    const again = await loadOrCreateDataKey(createKeytarStore(keytar, SERVICE));
    expect(again).toEqual(key);
    const raw = await keytar.getPassword(SERVICE, 'data-key');
    expect(raw).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('keeps the PIN hash and a lockout in the keychain, surviving a restart', async () => {
    const clock = new ManualClock();
    const hasher = createSecretHasher(nodeScrypt);
    const make = () =>
      new SecurityService({
        secrets: store,
        hasher,
        clock,
        log: new MemorySecurityLog(clock),
        biometric: noBiometric,
        identity: noIdentity,
      });
    const first = make();
    await first.setupPin('258036');
    const stored = await keytar.getPassword(SERVICE, 'auth-state');
    expect(stored).toContain('scrypt$16$8$1$');
    expect(stored).not.toContain('258036');
    for (let i = 0; i < 5; i += 1) await first.verifyPin('000001').catch(() => undefined);

    const restarted = make();
    expect(await restarted.isLocked()).toBe(true);
    await expect(restarted.verifyPin('258036')).rejects.toMatchObject({ code: 'PIN_LOCKED' });
  });
});
