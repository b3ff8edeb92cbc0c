import type { LocalePreference } from '../../shared/domain';

/** The languages the UI has catalogues for. */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The OS's preferred languages, best first (navigator.languages in a browser). */
export function osLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The first OS language we have a catalogue for; any Chinese reads the Chinese catalogue. */
export function systemLanguage(languages: readonly string[] = osLanguages()): UiLanguage {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function resolveLanguage(
  preference: LocalePreference | undefined,
  languages: readonly string[] = osLanguages(),
): UiLanguage {
  if (preference === 'en' || preference === 'zh-CN') return preference;
  return systemLanguage(languages);
}

/**
 * The locale that formats numbers and dates: the OS's own regional variant when it speaks
 * the UI language (en-GB keeps day/month order), else the UI language itself.
 */
export function formattingLocale(
  language: UiLanguage,
  languages: readonly string[] = osLanguages(),
): string {
  const base = language === 'zh-CN' ? 'zh' : 'en';
  const match = languages.find((tag) => tag.toLowerCase().split('-')[0] === base);
  if (match && base === 'en') return match;
  return language === 'zh-CN' ? 'zh-CN' : 'en-US';
}
