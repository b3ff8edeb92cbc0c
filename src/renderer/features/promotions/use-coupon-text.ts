import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { formatMoney } from '../../../shared/money';
import type { Promotion } from '../../../shared/payments';
import { useFormattingLocale, useUiLanguage } from '../../i18n/use-locale';
import { percentText, zheText } from './coupon-rules';

type CouponTerms = Pick<
  Promotion,
  'kind' | 'percentBp' | 'amountOff' | 'minSpend' | 'maxDiscount' | 'currency'
>;

/** What both ways of saying a coupon are made of: its amounts, and its percent off. */
function useCouponWords() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const locale = useFormattingLocale();
  return useMemo(
    () => ({
      t,
      money: (minor: number | undefined, currency: CurrencyCode) =>
        formatMoney(minor ?? 0, currency, locale),
      percentOff: (basisPoints: number) =>
        t('promotions.value.percent', {
          value: language === 'zh-CN' ? zheText(basisPoints) : percentText(basisPoints),
        }),
    }),
    [t, language, locale],
  );
}

/** What a coupon gives, the way wallets say it: "10% off", "¥10 off over ¥50", "满50减10". */
export function useCouponValue(): (coupon: CouponTerms) => string {
  const { t, money, percentOff } = useCouponWords();
  return useCallback(
    (coupon) => {
      switch (coupon.kind) {
        case 'percent': {
          const value = percentOff(coupon.percentBp ?? 0);
          return coupon.maxDiscount !== undefined
            ? `${value}${t('promotions.value.upTo', { max: money(coupon.maxDiscount, coupon.currency) })}`
            : value;
        }
        case 'fixed':
          return t('promotions.value.fixed', { amount: money(coupon.amountOff, coupon.currency) });
        case 'threshold':
          return t('promotions.value.threshold', {
            amount: money(coupon.amountOff, coupon.currency),
            minSpend: money(coupon.minSpend, coupon.currency),
          });
      }
    },
    [t, money, percentOff],
  );
}

/** A coupon's stub: the value large ("¥10", "9折"), its condition small ("over ¥50"). */
export function useCouponStub(): (coupon: CouponTerms) => { main: string; sub: string } {
  const { t, money, percentOff } = useCouponWords();
  return useCallback(
    (coupon) => {
      switch (coupon.kind) {
        case 'percent':
          return {
            main: percentOff(coupon.percentBp ?? 0),
            sub:
              coupon.maxDiscount !== undefined
                ? t('promotions.stub.upTo', { max: money(coupon.maxDiscount, coupon.currency) })
                : t('promotions.stub.noMinimum'),
          };
        case 'fixed':
          return {
            main: money(coupon.amountOff, coupon.currency),
            sub: t('promotions.stub.noMinimum'),
          };
        case 'threshold':
          return {
            main: money(coupon.amountOff, coupon.currency),
            sub: t('promotions.stub.over', { amount: money(coupon.minSpend, coupon.currency) }),
          };
      }
    },
    [t, money, percentOff],
  );
}
