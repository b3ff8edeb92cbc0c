import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** A field that must hold more than white space. */
export function requiredText(message: string): FormRule {
  return { required: true, whitespace: true, message };
}

/** At most `max` characters, said the one way every name says it. */
export function maxLength(t: TFunction, max: number): FormRule {
  return { max, message: t('accounts.nameTooLong', { count: max }) };
}

/** A name typed in: required, and at most `max` characters (80 unless said). */
export function nameRules(t: TFunction, requiredMessage: string, max = 80): FormRule[] {
  return [requiredText(requiredMessage), maxLength(t, max)];
}
