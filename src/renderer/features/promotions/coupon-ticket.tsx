import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Counterparty } from '../../../shared/domain';
import type { Promotion } from '../../../shared/payments';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { RowAction } from '../../components/row-action';
import { couponStatus, type CouponStatus } from './coupon-rules';
import { useCouponStub, useCouponValue } from './use-coupon-text';

const STATUS_COLOR: Record<CouponStatus, string> = {
  active: 'green',
  'not-started': 'blue',
  expired: 'default',
  'used-up': 'default',
  archived: 'default',
};

export interface CouponTicketProps {
  readonly coupon: Promotion;
  readonly merchants: readonly Counterparty[];
  readonly now: number;
  readonly onArchive: (coupon: Promotion) => void;
}

/** One coupon as a ticket: what it gives, where, until when, how often used, money saved. */
export function CouponTicket({ coupon, merchants, now, onArchive }: CouponTicketProps) {
  const { t } = useTranslation();
  const value = useCouponValue();
  const stub = useCouponStub()(coupon);
  const status = couponStatus(coupon, now);
  const merchant = coupon.merchantId
    ? merchants.find((candidate) => candidate.id === coupon.merchantId)
    : undefined;
  return (
    <li className={`purse-coupon purse-coupon--${status}`} aria-labelledby={`coupon-${coupon.id}`}>
      <div className="purse-coupon__value" aria-hidden="true">
        <span className="purse-coupon__main">{stub.main}</span>
        <span className="purse-coupon__sub">{stub.sub}</span>
      </div>
      <div className="purse-coupon__body">
        <div className="purse-coupon__title">
          <h3 id={`coupon-${coupon.id}`}>{coupon.name}</h3>
          <Tag color={STATUS_COLOR[status]}>{t(`promotions.status.${status}`)}</Tag>
        </div>
        <div className="purse-coupon__terms">{value(coupon)}</div>
        <div className="purse-coupon__where">
          {coupon.merchantId
            ? t('promotions.onlyAt', { merchant: merchant?.name ?? t('promotions.aMerchant') })
            : t('promotions.anyMerchant')}
        </div>
        <div className="purse-coupon__dates">
          {t('promotions.validRange')} <DateTime value={coupon.validFrom} style="date" />
          {' – '}
          <DateTime value={coupon.validTo} style="date" />
        </div>
        <div className="purse-coupon__stats">
          <span>{t('promotions.uses', { used: coupon.uses, max: coupon.maxUses })}</span>
          <span>
            {t('promotions.savedLabel')}{' '}
            <Money minor={coupon.saved} currency={coupon.currency} tone="positive" strong />
          </span>
        </div>
      </div>
      {coupon.archived ? null : (
        <div className="purse-coupon__actions">
          <RowAction
            quiet
            text={t('promotions.archive')}
            label={t('promotions.archiveNamed', { name: coupon.name })}
            onClick={() => onArchive(coupon)}
          />
        </div>
      )}
    </li>
  );
}
