import type { UiLanguage } from '../../../test/e2e/support/ui-text';

/** What a seed names things, each as `[English, Chinese]`. */
export type Bilingual<Key extends string> = Readonly<Record<Key, readonly [string, string]>>;

/** The names in one language. */
export function namesIn<Key extends string>(
  names: Bilingual<Key>,
  language: UiLanguage,
): Record<Key, string> {
  const index = language === 'en' ? 0 : 1;
  const entries = Object.entries(names) as [Key, readonly [string, string]][];
  return Object.fromEntries(entries.map(([key, pair]) => [key, pair[index]])) as Record<
    Key,
    string
  >;
}
