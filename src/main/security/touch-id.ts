import type { BiometricProvider } from '../../gateway/security/biometric';

/** The part of Electron's systemPreferences that Touch ID needs (macOS only). */
export interface TouchIdPreferences {
  canPromptTouchID?(): boolean;
  promptTouchID?(reason: string): Promise<void>;
}

/** Touch ID where macOS offers it; everywhere else it reports unavailable and is hidden. */
export function touchIdProvider(
  preferences: TouchIdPreferences,
  platform: string,
): BiometricProvider {
  const available = () => platform === 'darwin' && (preferences.canPromptTouchID?.() ?? false);
  return {
    available,
    async prompt(reason) {
      if (!available() || !preferences.promptTouchID) return false;
      try {
        await preferences.promptTouchID(reason);
        return true;
      } catch {
        return false;
      }
    },
  };
}
