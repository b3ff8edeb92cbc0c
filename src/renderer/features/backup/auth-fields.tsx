export { PinAndCodeFields as AuthFields } from '../../components/pin/pin-and-code-fields';

/** The auth a backup or snapshot restore sends: the PIN, and the code as `totp`. */
export function authOf(values: { pin: string; code?: string }) {
  return { pin: values.pin, ...(values.code ? { totp: values.code } : {}) };
}
