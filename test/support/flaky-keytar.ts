import type { KeytarLike } from '../../src/main/secrets/keytar-store';

/**
 * keytar over a Secret Service that can go away: `gone` makes every call reject the way
 * keytar does when D-Bus or the keyring daemon is not there; `readOnly` rejects writes only.
 */
export class FlakyKeytar implements KeytarLike {
  readonly entries = new Map<string, string>();
  /** Every value ever written, to check that nothing secret was written in clear. */
  readonly written: string[] = [];
  gone = false;
  readOnly = false;

  #fail(): Promise<never> {
    return Promise.reject(
      new Error(
        'Cannot autolaunch D-Bus without X11 $DISPLAY (/usr/lib/x86_64-linux-gnu/libsecret-1.so.0)',
      ),
    );
  }
  getPassword(service: string, account: string): Promise<string | null> {
    if (this.gone) return this.#fail();
    return Promise.resolve(this.entries.get(`${service}/${account}`) ?? null);
  }
  setPassword(service: string, account: string, password: string): Promise<void> {
    if (this.gone || this.readOnly) return this.#fail();
    this.entries.set(`${service}/${account}`, password);
    this.written.push(password);
    return Promise.resolve();
  }
  deletePassword(service: string, account: string): Promise<boolean> {
    if (this.gone || this.readOnly) return this.#fail();
    return Promise.resolve(this.entries.delete(`${service}/${account}`));
  }
}
