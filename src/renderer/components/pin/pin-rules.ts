/** The payment PIN is six digits. */
export const PIN_LENGTH = 6;

/**
 * The rule the gateway applies to a new PIN (src/shared/security.ts `pinSchema`), checked
 * here too so the person hears it before anything is sent: not all one digit, and not a run
 * up or down (123456, 987654, 890123). A unit test proves both agree on every PIN.
 */
export function isGuessablePin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const same = digits.every((digit) => digit === digits[0]);
  const step = (delta: number) =>
    digits.every((digit, i) => i === 0 || digit === (digits[i - 1]! + delta + 10) % 10);
  return same || step(1) || step(-1);
}

export type NewPinProblem = 'required' | 'guessable';

/** Why a new PIN can't be used, if it can't. */
export function newPinProblem(pin: string | undefined): NewPinProblem | null {
  if (!pin || !/^\d{6}$/.test(pin)) return 'required';
  return isGuessablePin(pin) ? 'guessable' : null;
}

/** "Ctrl+L", or "⌘L" on a Mac: the shortcut that locks Purse. */
export function lockShortcutLabel(platform: string = navigator.platform): string {
  return /mac/i.test(platform) ? '⌘L' : 'Ctrl+L';
}

/** True for the key press that locks Purse: Ctrl+L (⌘L on a Mac), nothing else held. */
export function isLockShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'l'
  );
}

/** What people type for a recovery code like 7K3QD-M2XPA: any case, spaces or dashes. */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[0-9A-Z]{10}$/.test(input.toUpperCase().replace(/[\s-]/g, ''));
}
