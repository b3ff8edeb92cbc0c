/**
 * Where secrets live: the OS keychain in the app (keytar, or an Electron safeStorage file
 * when no keyring answers). Implementations throw PurseError('KEYCHAIN_UNAVAILABLE') when
 * the store cannot be reached; they never fall back to plain text.
 */
export interface SecretStore {
  /** What backs the store, for the Security screen. */
  readonly kind: 'os-keychain' | 'safe-storage' | 'dev-harness';
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}
