import { PurseError } from '../../src/shared/errors';
import type { SecretStore } from '../../src/gateway/security/secret-store';

/** A test double for the keychain; `available = false` makes it behave like a locked one. */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'os-keychain' as const;
  readonly values = new Map<string, string>();
  available = true;

  #check(): void {
    if (!this.available) throw new PurseError('KEYCHAIN_UNAVAILABLE', 'The keychain is locked.');
  }
  get(name: string): Promise<string | null> {
    this.#check();
    return Promise.resolve(this.values.get(name) ?? null);
  }
  set(name: string, value: string): Promise<void> {
    this.#check();
    this.values.set(name, value);
    return Promise.resolve();
  }
  delete(name: string): Promise<void> {
    this.#check();
    this.values.delete(name);
    return Promise.resolve();
  }
}
