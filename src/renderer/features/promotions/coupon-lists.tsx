import { Card, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Counterparty } from '../../../shared/domain';
import type { Promotion } from '../../../shared/payments';
import { PageEmpty } from '../../components/page-state';
import { CouponTicket } from './coupon-ticket';

export interface CouponListsProps {
  readonly usable: readonly Promotion[];
  /** Expired, used up or archived. */
  readonly old: readonly Promotion[];
  readonly merchants: readonly Counterparty[];
  readonly now: number;
  readonly onArchive: (coupon: Promotion) => void;
  readonly showOld: boolean;
  readonly onShowOld: (show: boolean) => void;
}

/** The coupons that can still apply, then the old ones behind a switch. */
export function CouponLists({
  usable,
  old,
  merchants,
  now,
  onArchive,
  showOld,
  onShowOld,
}: CouponListsProps) {
  const { t } = useTranslation();
  const ticket = (coupon: Promotion) => (
    <CouponTicket
      key={coupon.id}
      coupon={coupon}
      merchants={merchants}
      now={now}
      onArchive={onArchive}
    />
  );
  return (
    <>
      <Card
        className="purse-card"
        title={<h2 className="purse-card-title">{t('promotions.usable')}</h2>}
      >
        {usable.length === 0 ? (
          <PageEmpty
            title={t('promotions.noneUsableTitle')}
            description={t('promotions.noneUsable')}
          />
        ) : (
          <ul className="purse-coupon-list">{usable.map(ticket)}</ul>
        )}
        <p className="purse-coupon-how">{t('promotions.howItWorks')}</p>
      </Card>
      {old.length > 0 ? (
        <Card className="purse-card">
          <label className="purse-archived-toggle">
            <Switch size="small" checked={showOld} onChange={onShowOld} />
            <span>{t('promotions.showOld', { count: old.length })}</span>
          </label>
          {showOld ? (
            <ul className="purse-coupon-list purse-coupon-list--old">{old.map(ticket)}</ul>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
