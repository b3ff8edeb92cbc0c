import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * A blind index of memos, so that a text search need not decrypt every transaction.
 *
 * Each memo is normalized (`toLowerCase`, the same as the search's own match) and cut into
 * grams: every pair of adjacent UTF-16 code units with no white space in it, and every single
 * code unit from U+2E80 up outside the surrogates (CJK, kana, Hangul, full-width forms), so that
 * a one-character Chinese query is served too. Each gram is stored, in clear and indexed, as
 * a token: the first 48 bits of HMAC-SHA256 under a search key that HKDF derives from the
 * data key with its own info string (never the data key itself).
 *
 * What the tokens leak: only which transactions share a gram (equality of grams under a key
 * the attacker does not hold) and how many distinct grams a memo has; not the grams, the
 * memo, or its order. Someone with the database files but not the keychain can count how
 * often an unknown gram occurs, which frequency analysis could partly exploit on a large
 * ledger; memos themselves stay sealed (XChaCha20-Poly1305) and every hit is verified on the
 * decrypted memo, so results are exactly the substring match the scan gives.
 *
 * A query is served from the index when its grams are indexed: any query of two or more code
 * units with one pair free of white space, or a single CJK character. If a memo contains the
 * query, it contains every gram of the query, so the rows holding all of the query's tokens
 * are a superset of the matches (a 48-bit token collision only adds a candidate, which the
 * decryption check drops).
 */
export const SEARCH_KEY_INFO = 'purse/search-index/v1';

/**
 * Where the tokens live: a clear, multiEntry-indexed field of each transaction block (since
 * schema v16; of each transaction before), holding the tokens of every memo in the block.
 */
export const MEMO_TOKENS_FIELD = 'memoTokens';

/** The normalization both the index and the matcher use: locale-independent. */
export function normalizeText(text: string): string {
  return text.toLowerCase();
}

function isSpace(unit: number): boolean {
  // ASCII white space, NBSP, and the Unicode space separators and line breaks.
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Single code units that are indexed alone: CJK and the scripts after it, not surrogates. */
function isUnigram(unit: number): boolean {
  return unit >= 0x2e80 && (unit < 0xd800 || unit > 0xdfff) && !isSpace(unit);
}

/** The grams of an already normalized text, each once. */
export function gramsOf(normalized: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < normalized.length; i += 1) {
    const unit = normalized.charCodeAt(i);
    if (isUnigram(unit)) grams.add(normalized[i]!);
    if (i + 1 < normalized.length && !isSpace(unit) && !isSpace(normalized.charCodeAt(i + 1)))
      grams.add(normalized.slice(i, i + 2));
  }
  return grams;
}

const encoder = new TextEncoder();
/** The gram vocabulary is small (bigrams of what people type); bound it all the same. */
const CACHE_LIMIT = 100_000;

export class BlindIndex {
  readonly #key: Uint8Array;
  readonly #tokens = new Map<string, number>();

  constructor(searchKey: Uint8Array) {
    if (searchKey.length !== 32) throw new Error('The search key is not 256 bits.');
    this.#key = Uint8Array.from(searchKey);
  }

  /** The token of one gram: HMAC-SHA256 truncated to 48 bits, as an exact integer. */
  token(gram: string): number {
    let token = this.#tokens.get(gram);
    if (token === undefined) {
      const mac = hmac(sha256, this.#key, encoder.encode(gram));
      token =
        mac[0]! * 2 ** 40 +
        mac[1]! * 2 ** 32 +
        mac[2]! * 2 ** 24 +
        mac[3]! * 2 ** 16 +
        mac[4]! * 2 ** 8 +
        mac[5]!;
      if (this.#tokens.size >= CACHE_LIMIT) this.#tokens.clear();
      this.#tokens.set(gram, token);
    }
    return token;
  }

  /** The tokens to store beside a memo; undefined when it has none. */
  memoTokens(memo: unknown): number[] | undefined {
    if (typeof memo !== 'string' || !memo) return undefined;
    const grams = gramsOf(normalizeText(memo));
    if (!grams.size) return undefined;
    const tokens: number[] = [];
    for (const gram of grams) tokens.push(this.token(gram));
    return tokens;
  }

  /** The tokens of a block's memos, each once: what a search finds the block by. */
  blockTokens(memos: Iterable<unknown>): number[] | undefined {
    const tokens = new Set<number>();
    for (const memo of memos) for (const token of this.memoTokens(memo) ?? []) tokens.add(token);
    return tokens.size ? [...tokens] : undefined;
  }

  /**
   * The tokens every memo containing `text` holds, or undefined when the index cannot serve
   * the query (one Latin letter, only white-space pairs): the caller then scans.
   */
  queryTokens(text: string): number[] | undefined {
    const grams = gramsOf(normalizeText(text));
    if (!grams.size) return undefined;
    return [...new Set([...grams].map((gram) => this.token(gram)))];
  }
}
