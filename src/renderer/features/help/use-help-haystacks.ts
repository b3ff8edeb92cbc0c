import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../i18n/ui-language';

/** An entry's words (title, body, keywords) in the language of `tr`. */
export type EntryTexts<T extends string> = (tr: TFunction, id: T) => readonly string[];

/**
 * Each entry's words in every language, so "PIN" and "密码" both find it. Pass `texts` from
 * module scope: it is a dependency of the memo.
 */
export function useHelpHaystacks<T extends string>(
  ids: readonly T[],
  texts: EntryTexts<T>,
): ReadonlyMap<T, string> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const fixed = UI_LANGUAGES.map((language) => i18n.getFixedT(language));
    return new Map(ids.map((id) => [id, fixed.flatMap((tr) => texts(tr, id)).join('\n')]));
  }, [i18n, ids, texts]);
}
