import { ShopOutlined } from '@ant-design/icons';
import { Select, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import type { PaymentPreview } from '../../../shared/payments';
import { usePurseQuery } from '../../api/use-purse-query';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { useFormattingLocale } from '../../i18n/use-locale';
import { SheetAccount } from '../money/sheet-account';
import { couponFits } from '../promotions/coupon-rules';
import { useCouponValue } from '../promotions/use-coupon-text';
import type { CouponChoice, PayRequest } from './pay-request';
import { SheetHero } from '../money/sheet-hero';

interface CouponOption {
  readonly value: string;
  readonly label: ReactNode;
  readonly title: string;
}

/** A coupon in the list: its name and what it is worth. */
function couponOption(
  coupon: { readonly id: string; readonly name: string },
  value: string,
): CouponOption {
  return {
    value: coupon.id,
    label: (
      <span className="purse-coupon-option">
        <span className="purse-coupon-option__name">{coupon.name}</span>
        <span className="purse-coupon-option__value">{value}</span>
      </span>
    ),
    title: coupon.name,
  };
}

/**
 * The coupons that could apply, for "use another coupon" (the ledger decides in the end),
 * then "no coupon". A coupon the preview applied is always among them.
 */
export function useCouponOptions(
  request: PayRequest,
  account: Account | undefined,
  applied: PaymentPreview['promotion'],
): CouponOption[] {
  const { t } = useTranslation();
  const couponValue = useCouponValue();
  const coupons = usePurseQuery('promotions.list');
  const fitting = useMemo(() => {
    if (!account) return [];
    // Valid as of when the coupons were read (a render stays pure).
    const now = coupons.dataUpdatedAt;
    return (coupons.data ?? []).filter((coupon) =>
      couponFits(coupon, {
        amount: request.amount,
        currency: account.currency,
        merchantId: request.merchantId,
        now,
      }),
    );
  }, [coupons.data, coupons.dataUpdatedAt, account, request.amount, request.merchantId]);
  const options = [
    ...fitting.map((coupon) => couponOption(coupon, couponValue(coupon))),
    { value: 'none', label: t('pay.sheet.noCoupon'), title: t('pay.sheet.noCoupon') },
  ];
  if (applied && !fitting.some((coupon) => coupon.id === applied.id)) {
    options.unshift(couponOption(applied, couponValue(applied)));
  }
  return options;
}

/** The coupon line's picker: the coupons offered, the one chosen, and choosing another. */
export interface CouponPicker {
  readonly options: readonly CouponOption[];
  readonly selected: string;
  readonly onChoose: (choice: CouponChoice) => void;
}

export interface PaySummaryProps {
  readonly request: PayRequest;
  readonly data: PaymentPreview;
  readonly accountName: string | undefined;
  readonly coupon: CouponPicker;
}

/** What the payment will do: to whom, the total, the coupon, from where, the balance after. */
export function PaySummary({ request, data, accountName, coupon }: PaySummaryProps) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  return (
    <>
      <SheetHero
        payee={
          <>
            <ShopOutlined aria-hidden />
            <span>{request.merchantName}</span>
          </>
        }
        total={{ amount: data.total, currency: data.currency }}
      >
        {data.discount > 0 ? (
          <div className="purse-sheet-hero__was">
            <s aria-label={t('pay.sheet.wasAria', { amount: money(data.grossAmount) })}>
              <Money minor={data.grossAmount} currency={data.currency} tone="muted" />
            </s>
            <Tag color="red" className="purse-saving-tag">
              {t('pay.sheet.saving', { amount: money(data.discount) })}
            </Tag>
          </div>
        ) : null}
      </SheetHero>
      <DetailList
        items={[
          {
            key: 'amount',
            label: t('pay.sheet.orderAmount'),
            value: <Money minor={data.grossAmount} currency={data.currency} />,
          },
          {
            key: 'coupon',
            label: t('pay.sheet.coupon'),
            value:
              coupon.options.length > 1 ? (
                <Select<string>
                  aria-label={t('pay.sheet.coupon')}
                  size="small"
                  value={coupon.selected}
                  onChange={(value) => coupon.onChoose(value === 'none' ? 'none' : { id: value })}
                  options={[...coupon.options]}
                  virtual={false}
                  popupMatchSelectWidth={false}
                  className="purse-coupon-select"
                  optionLabelProp="title"
                />
              ) : (
                <span className="purse-muted">{t('pay.sheet.noCouponAvailable')}</span>
              ),
          },
          {
            key: 'discount',
            label: t('pay.sheet.discount'),
            value:
              data.discount > 0 ? (
                <Money minor={-data.discount} currency={data.currency} tone="positive" />
              ) : (
                <Money minor={0} currency={data.currency} tone="muted" />
              ),
          },
          {
            key: 'total',
            label: t('pay.sheet.total'),
            value: <Money minor={data.total} currency={data.currency} strong />,
            strong: true,
          },
          {
            key: 'account',
            label: t('pay.sheet.payFrom'),
            value: (
              <SheetAccount
                name={accountName}
                balance={t('pay.sheet.balanceNow', { balance: money(data.balanceBefore) })}
              />
            ),
          },
          {
            key: 'after',
            label: t('pay.sheet.balanceAfter'),
            value: <Money minor={data.balanceAfter} currency={data.currency} />,
          },
          request.memo ? { key: 'memo', label: t('pay.sheet.memo'), value: request.memo } : null,
        ]}
      />
    </>
  );
}
