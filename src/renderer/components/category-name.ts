import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../shared/domain';
import { resources } from '../i18n/i18n';
import { useUiLanguage } from '../i18n/use-locale';

const builtinNames = resources.en.translation.categories as Record<string, string | undefined>;

/**
 * A category's name in the UI language: the catalogue's name for a built-in category, unless
 * the person renamed it (its English name no longer matches the built-in one), in which case
 * their own name in this language.
 */
export function useCategoryName(): (category: Pick<Category, 'name' | 'builtin'>) => string {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useCallback(
    (category) => {
      const { builtin, name } = category;
      if (builtin && builtinNames[builtin] === name.en) {
        return t(`categories.${builtin}` as 'categories.food');
      }
      return language === 'zh-CN' ? name.zh : name.en;
    },
    [t, language],
  );
}
