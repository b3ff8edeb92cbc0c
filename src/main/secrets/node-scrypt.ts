import { scrypt } from 'node:crypto';
import type { ScryptFn } from '../../gateway/security/pin-hasher';

/** Node's native scrypt (off the main thread, in libuv's pool): same output as noble's. */
export const nodeScrypt: ScryptFn = (secret, salt, cost) =>
  new Promise((resolve, reject) => {
    const N = 2 ** cost.logN;
    scrypt(
      secret,
      salt,
      32,
      { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r },
      (error, key) => {
        if (error) reject(error);
        else resolve(new Uint8Array(key));
      },
    );
  });
