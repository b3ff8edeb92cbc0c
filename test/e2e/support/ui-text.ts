import en from '../../../src/renderer/i18n/en.json' with { type: 'json' };
import zhCN from '../../../src/renderer/i18n/zh-CN.json' with { type: 'json' };

/** Purse's own words, from its catalogues, for helpers that must work in either language. */

export type UiLanguage = 'en' | 'zh-CN';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN'];

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A catalogue key, dotted: `pay.form.merchant`. */
export type TextKey = Leaves<typeof en>;
export type TextValues = Readonly<Record<string, string | number>>;

const CATALOGUES: Record<UiLanguage, unknown> = { en, 'zh-CN': zhCN };

function lookUp(language: UiLanguage, key: TextKey): string | undefined {
  let node: unknown = CATALOGUES[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** What the UI shows for `key` in `language`, with `{{placeholders}}` filled from `values`. */
export function uiText(language: UiLanguage, key: TextKey, values: TextValues = {}): string {
  // A key the Chinese catalogue lacks falls back to English, as i18next does.
  const text = lookUp(language, key) ?? lookUp('en', key);
  if (text === undefined) throw new Error(`no UI text for ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The text for `key` in English or Chinese (placeholders not in `values` match anything), as
 * a pattern; whole by default, as an accessible name is matched.
 */
export function uiPattern(key: TextKey, values: TextValues = {}, whole = true): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const either = UI_LANGUAGES.map((language) =>
    escape(uiText(language, key, values)).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+'),
  );
  const alternatives = `(${[...new Set(either)].join('|')})`;
  return new RegExp(whole ? `^${alternatives}$` : alternatives);
}
