import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Account, Category } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import { WHOLE_SHARE, type Rule, type RuleAction, type RuleCondition } from '../../../shared/rules';
import { useCategoryName } from '../../components/category-name';
import { useFormattingLocale } from '../../i18n/use-locale';

/** A rule's conditions and actions in words, for the list: "Memo contains “taxi”". */
export function useRuleSummary(
  accounts: readonly Account[],
  categories: readonly Category[],
  currency: CurrencyCode,
) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const categoryName = useCategoryName();
  const accountName = new Map(accounts.map((account) => [account.id, account.name]));
  const byId = new Map(categories.map((category) => [category.id, category]));
  const category = (id: string) => {
    const found = byId.get(id);
    return found ? categoryName(found) : '?';
  };
  const money = (minor: number) => formatMoney(minor, currency, locale);

  const condition = (c: RuleCondition): string => {
    const field = t(`rules.fields.${c.field}`);
    switch (c.field) {
      case 'payee':
      case 'memo':
        return `${field} ${t(`rules.ops.${c.op}`)} ${c.values.map((v) => `“${v}”`).join(', ')}`;
      case 'amount':
        return c.min !== undefined && c.max !== undefined
          ? t('rules.summary.between', { min: money(c.min), max: money(c.max) })
          : c.min !== undefined
            ? t('rules.summary.atLeast', { min: money(c.min) })
            : t('rules.summary.atMost', { max: money(c.max!) });
      case 'account':
        return `${field}: ${c.accountIds.map((id) => accountName.get(id) ?? '?').join(', ')}`;
      case 'source':
        return `${field}: ${c.sources.map((s) => t(`rules.sourceNames.${s}`)).join(', ')}`;
    }
  };
  const action = (a: RuleAction): string => {
    switch (a.set) {
      case 'category':
        return t('rules.summary.category', { name: category(a.categoryId) });
      case 'split':
        return t('rules.summary.split', {
          lines: a.lines
            .map((l) => `${category(l.categoryId)} ${(l.share / (WHOLE_SHARE / 100)).toString()}%`)
            .join(' + '),
        });
      case 'tags':
        return t('rules.summary.tags', { tags: a.tags.map((tag) => `#${tag}`).join(' ') });
      case 'payee':
        return t('rules.summary.payee', { name: a.name });
      case 'memo':
        return t('rules.summary.memo', { memo: a.memo });
    }
  };
  return {
    when: (rule: Rule) => rule.conditions.map(condition).join(t('rules.summary.and')),
    then: (rule: Rule) => rule.actions.map(action).join('; '),
  };
}
