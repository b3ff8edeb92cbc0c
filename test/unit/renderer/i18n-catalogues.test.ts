import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS, TRANSACTION_KINDS } from '../../../src/shared/domain';
import { ERROR_CODES } from '../../../src/shared/errors';
import { DEFAULT_CATEGORIES } from '../../../src/ledger/engine/default-categories';
import en from '../../../src/renderer/i18n/en.json';
import zhCN from '../../../src/renderer/i18n/zh-CN.json';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf key, with plural suffixes folded (English has _one, Chinese only _other). */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const nested of keys(value, path)) out.add(nested);
  }
  return out;
}

function leaf(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const catalogues = { en: en as Tree, 'zh-CN': zhCN as Tree };

describe('the UI catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect([...keys(catalogues['zh-CN'])].sort()).toEqual([...keys(catalogues.en)].sort());
  });

  it('have no empty strings', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const key of keys(catalogue)) {
        const text = leaf(catalogue, key) ?? leaf(catalogue, `${key}_other`);
        expect(text?.trim(), key).toBeTruthy();
      }
    }
  });

  it('use the same interpolations in both languages', () => {
    const vars = (text: string | undefined) =>
      [...(text ?? '').matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of keys(catalogues.en)) {
      const enText = leaf(catalogues.en, key) ?? leaf(catalogues.en, `${key}_other`);
      const zhText = leaf(catalogues['zh-CN'], key) ?? leaf(catalogues['zh-CN'], `${key}_other`);
      expect(vars(zhText), key).toEqual(vars(enText));
    }
  });

  it.each(Object.entries(catalogues))(
    '%s names every error code, account kind and transaction kind',
    (_name, catalogue) => {
      for (const code of ERROR_CODES) expect(leaf(catalogue, `errors.${code}`), code).toBeTruthy();
      for (const kind of ACCOUNT_KINDS)
        expect(leaf(catalogue, `accountKinds.${kind}`), kind).toBeTruthy();
      for (const kind of TRANSACTION_KINDS)
        expect(leaf(catalogue, `transactions.kinds.${kind}`), kind).toBeTruthy();
    },
  );

  it('name every built-in category as the ledger seeds it', () => {
    for (const category of DEFAULT_CATEGORIES) {
      expect(leaf(catalogues.en, `categories.${category.builtin}`), category.builtin).toBe(
        category.name.en,
      );
      expect(leaf(catalogues['zh-CN'], `categories.${category.builtin}`), category.builtin).toBe(
        category.name.zh,
      );
    }
  });
});
