import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import {
  firstQueryError,
  EmptyCard,
  PageLoading,
  PageQueriesError,
} from '../../components/page-state';
import { useSettings } from '../../api/use-settings';
import { AddCouponButton } from './add-coupon-button';
import { CouponCreateDialog } from './coupon-create-dialog';
import { CouponLists } from './coupon-lists';
import { couponStatus } from './coupon-rules';
import { CouponSummary } from './coupon-summary';
import { useConfirmArchive } from './use-confirm-archive';
import './coupons.css';

/**
 * The coupon wallet: coupons that apply by themselves at Pay (the best one wins), what each
 * has saved, and the total saved. Add percent-off, amount-off and spend-X-get-Y-off coupons.
 */
export function CouponsPage() {
  const { t } = useTranslation();
  const coupons = usePurseQuery('promotions.list', { includeArchived: true });
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const defaultCurrency = useSettings().data?.defaultCurrency ?? 'CNY';
  const confirmArchive = useConfirmArchive();
  const [creating, setCreating] = useState(false);
  const [showOld, setShowOld] = useState(false);
  // Whether a coupon is still valid, as of when the list was read.
  const now = coupons.dataUpdatedAt;

  const body = () => {
    const queries = [coupons, merchants];
    if (firstQueryError(queries)) return <PageQueriesError queries={queries} />;
    if (!coupons.data || !merchants.data) return <PageLoading rows={5} />;
    const all = coupons.data;
    if (all.length === 0) {
      return (
        <EmptyCard
          title={t('promotions.emptyTitle')}
          description={t('promotions.empty')}
          action={<AddCouponButton onClick={() => setCreating(true)} />}
        />
      );
    }
    const usable = all.filter((coupon) => {
      const status = couponStatus(coupon, now);
      return status === 'active' || status === 'not-started';
    });
    return (
      <div className="purse-stack">
        <CouponSummary
          coupons={all}
          usableCount={usable.length}
          defaultCurrency={defaultCurrency}
        />
        <CouponLists
          usable={usable}
          old={all.filter((coupon) => !usable.includes(coupon))}
          merchants={merchants.data}
          now={now}
          onArchive={confirmArchive}
          showOld={showOld}
          onShowOld={setShowOld}
        />
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nav.coupons')}
        subtitle={t('promotions.subtitle')}
        extra={<AddCouponButton onClick={() => setCreating(true)} />}
      />
      {body()}
      <CouponCreateDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
