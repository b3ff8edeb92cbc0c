import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Promotion } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { useDescribeError } from '../../components/use-describe-error';
import { useSettings } from '../../api/use-settings';
import { couponStatus } from './coupon-rules';
import { CouponCreateDialog } from './coupon-create-dialog';
import { CouponTicket } from './coupon-ticket';
import './coupons.css';

/** Money saved per currency, over every coupon ever used (archived ones too). */
function savedByCurrency(
  coupons: readonly Promotion[],
): { currency: CurrencyCode; minor: number }[] {
  const totals = new Map<CurrencyCode, number>();
  for (const coupon of coupons) {
    totals.set(coupon.currency, (totals.get(coupon.currency) ?? 0) + coupon.saved);
  }
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

/**
 * The coupon wallet: coupons that apply by themselves at Pay (the best one wins), what each
 * has saved, and the total saved. Add percent-off, amount-off and spend-X-get-Y-off coupons.
 */
export function CouponsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const coupons = usePurseQuery('promotions.list', { includeArchived: true });
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const defaultCurrency = useSettings().data?.defaultCurrency ?? 'CNY';
  const archive = usePurseMutation('promotions.archive');
  const [creating, setCreating] = useState(false);
  const [showOld, setShowOld] = useState(false);
  // Whether a coupon is still valid, as of when the list was read.
  const now = coupons.dataUpdatedAt;

  const confirmArchive = (coupon: Promotion) => {
    void modal.confirm({
      title: t('promotions.archiveConfirmTitle', { name: coupon.name }),
      content: t('promotions.archiveConfirmBody'),
      okText: t('promotions.archive'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await archive.mutateAsync({ id: coupon.id });
          void message.success(t('promotions.archived', { name: coupon.name }));
        } catch (thrown) {
          void message.error(describe(thrown as Parameters<typeof describe>[0]));
        }
      },
    });
  };

  const body = () => {
    const failed = coupons.error ?? merchants.error;
    if (failed) {
      return (
        <PageError
          error={failed}
          onRetry={() => {
            void coupons.refetch();
            void merchants.refetch();
          }}
        />
      );
    }
    if (!coupons.data || !merchants.data) return <PageLoading rows={5} />;
    const all = coupons.data;
    const usable = all.filter((coupon) => {
      const status = couponStatus(coupon, now);
      return status === 'active' || status === 'not-started';
    });
    const old = all.filter((coupon) => !usable.includes(coupon));
    const saved = savedByCurrency(all);
    const uses = all.reduce((sum, coupon) => sum + coupon.uses, 0);
    const ticket = (coupon: Promotion) => (
      <CouponTicket
        key={coupon.id}
        coupon={coupon}
        merchants={merchants.data}
        now={now}
        onArchive={confirmArchive}
      />
    );
    if (all.length === 0) {
      return (
        <Card className="purse-card">
          <PageEmpty
            title={t('promotions.emptyTitle')}
            description={t('promotions.empty')}
            action={
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setCreating(true)}
              >
                {t('promotions.add')}
              </Button>
            }
          />
        </Card>
      );
    }
    return (
      <div className="purse-stack">
        <div className="purse-summary">
          <Card className="purse-summary-card" size="small">
            <section aria-label={t('promotions.totalSaved')}>
              <div className="purse-summary-card__label">{t('promotions.totalSaved')}</div>
              <ul className="purse-summary-lines">
                {(saved.length > 0 ? saved : [{ currency: defaultCurrency, minor: 0 }]).map(
                  (line) => (
                    <li key={line.currency}>
                      <Money minor={line.minor} currency={line.currency} strong tone="positive" />
                    </li>
                  ),
                )}
              </ul>
            </section>
          </Card>
          <Card className="purse-summary-card" size="small">
            <section aria-label={t('promotions.usableCount')}>
              <div className="purse-summary-card__label">{t('promotions.usableCount')}</div>
              <div className="purse-summary-lines purse-money">{usable.length}</div>
            </section>
          </Card>
          <Card className="purse-summary-card" size="small">
            <section aria-label={t('promotions.timesUsed')}>
              <div className="purse-summary-card__label">{t('promotions.timesUsed')}</div>
              <div className="purse-summary-lines purse-money">{uses}</div>
            </section>
          </Card>
        </div>
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
              <Switch size="small" checked={showOld} onChange={setShowOld} />
              <span>{t('promotions.showOld', { count: old.length })}</span>
            </label>
            {showOld ? (
              <ul className="purse-coupon-list purse-coupon-list--old">{old.map(ticket)}</ul>
            ) : null}
          </Card>
        ) : null}
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nav.coupons')}
        subtitle={t('promotions.subtitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('promotions.add')}
          </Button>
        }
      />
      {body()}
      <CouponCreateDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
