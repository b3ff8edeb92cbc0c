import { FieldCipher } from '../src/ledger/crypto/field-cipher';

/**
 * The bench's measure of what sealing costs: rows go into IndexedDB with their private
 * fields in clear (a plain object where the sealed blob would be), through the same
 * middleware, indexes and blind index, so a line run on both databases differs only by the
 * cipher and its JSON. Never used by Purse itself.
 */
export class ClearCipher extends FieldCipher {
  override seal(plain: unknown): Uint8Array {
    return plain as Uint8Array;
  }

  override open(sealed: Uint8Array): unknown {
    return sealed;
  }
}
