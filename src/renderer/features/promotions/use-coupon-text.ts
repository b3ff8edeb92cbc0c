import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money';
import type { Promotion } from '../../../shared/payments';
import { useFormattingLocale, useUiLanguage } from '../../i18n/use-locale';
import { percentText, zheText } from './coupon-rules';

type CouponTerms = Pick<
  Promotion,
  'kind' | 'percentBp' | 'amountOff' | 'minSpend' | 'maxDiscount' | 'currency'
>;

/** What a coupon gives, the way wallets say it: "10% off", "¥10 off over ¥50", "满50减10". */
export function useCouponValue(): (coupon: CouponTerms) => string {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const locale = useFormattingLocale();
  return useCallback(
    (coupon) => {
      const money = (minor: number | undefined) => formatMoney(minor ?? 0, coupon.currency, locale);
      switch (coupon.kind) {
        case 'percent': {
          const bp = coupon.percentBp ?? 0;
          const value = t('promotions.value.percent', {
            value: language === 'zh-CN' ? zheText(bp) : percentText(bp),
          });
          return coupon.maxDiscount !== undefined
            ? `${value}${t('promotions.value.upTo', { max: money(coupon.maxDiscount) })}`
            : value;
        }
        case 'fixed':
          return t('promotions.value.fixed', { amount: money(coupon.amountOff) });
        case 'threshold':
          return t('promotions.value.threshold', {
            amount: money(coupon.amountOff),
            minSpend: money(coupon.minSpend),
          });
      }
    },
    [t, language, locale],
  );
}

/** A coupon's stub: the value large ("¥10", "9折"), its condition small ("over ¥50"). */
export function useCouponStub(): (coupon: CouponTerms) => { main: string; sub: string } {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const locale = useFormattingLocale();
  return useCallback(
    (coupon) => {
      const money = (minor: number | undefined) => formatMoney(minor ?? 0, coupon.currency, locale);
      switch (coupon.kind) {
        case 'percent': {
          const bp = coupon.percentBp ?? 0;
          return {
            main: t('promotions.value.percent', {
              value: language === 'zh-CN' ? zheText(bp) : percentText(bp),
            }),
            sub:
              coupon.maxDiscount !== undefined
                ? t('promotions.stub.upTo', { max: money(coupon.maxDiscount) })
                : t('promotions.stub.noMinimum'),
          };
        }
        case 'fixed':
          return { main: money(coupon.amountOff), sub: t('promotions.stub.noMinimum') };
        case 'threshold':
          return {
            main: money(coupon.amountOff),
            sub: t('promotions.stub.over', { amount: money(coupon.minSpend) }),
          };
      }
    },
    [t, language, locale],
  );
}
