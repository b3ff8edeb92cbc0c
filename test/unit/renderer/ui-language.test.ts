import { describe, expect, it } from 'vitest';
import {
  formattingLocale,
  resolveLanguage,
  systemLanguage,
} from '../../../src/renderer/i18n/ui-language';

describe('the UI language', () => {
  it('follows the first OS language Purse speaks', () => {
    expect(systemLanguage(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(systemLanguage(['zh-TW'])).toBe('zh-CN');
    expect(systemLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(systemLanguage(['de-DE'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('prefers the saved choice over the OS', () => {
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh-CN'])).toBe('zh-CN');
    expect(resolveLanguage(undefined, ['en-US'])).toBe('en');
  });

  it('formats in the OS regional variant of the UI language', () => {
    expect(formattingLocale('en', ['en-GB'])).toBe('en-GB');
    expect(formattingLocale('en', ['zh-CN'])).toBe('en-US');
    expect(formattingLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});
