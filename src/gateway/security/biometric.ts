/** Touch ID on macOS; absent elsewhere. Injected so the rule is testable without Electron. */
export interface BiometricProvider {
  available(): boolean;
  /** Resolves true when the person passed the check, false when they cancelled or failed. */
  prompt(reason: string): Promise<boolean>;
}

export const noBiometric: BiometricProvider = {
  available: () => false,
  prompt: () => Promise.resolve(false),
};
