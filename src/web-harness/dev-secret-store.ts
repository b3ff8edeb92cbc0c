import type { SecretStore } from '../gateway/security/secret-store';

const PREFIX = 'purse-dev-web:secret:';

/**
 * dev:web's stand-in for the OS keychain. The desktop app keeps secrets (the data key, PIN
 * hashes, the TOTP secret) in the keychain; a browser has none, so this keeps them in the
 * page's own localStorage, beside the data they protect. That protects nothing and is not
 * meant to: dev:web holds test data only. Persisting (rather than memory) lets a reload open
 * the same sealed ledger, as the app does across restarts. Each fresh browser profile (every
 * e2e test) starts with no secrets and an empty ledger.
 */
export function createDevSecretStore(storage: Storage = localStorage): SecretStore {
  return {
    kind: 'dev-harness',
    get: (name) => Promise.resolve(storage.getItem(PREFIX + name)),
    set: (name, value) => {
      storage.setItem(PREFIX + name, value);
      return Promise.resolve();
    },
    delete: (name) => {
      storage.removeItem(PREFIX + name);
      return Promise.resolve();
    },
  };
}
