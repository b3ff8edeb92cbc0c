import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { PromotionKind } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { findByName } from '../../components/payee-field';
import { markServerIssues } from '../../components/server-issues';
import { readCouponTerms, type CouponValues } from './coupon-terms';

const SERVER_CHECKED_FIELDS = [
  'name',
  'percent',
  'amountOff',
  'minSpend',
  'maxDiscount',
  'valid',
  'maxUses',
] as const;

/**
 * Saves the coupon form: checks what the fields cannot check alone, finds or creates the
 * merchant it is limited to, then creates the coupon and closes the dialog.
 */
export function useCreateCoupon(
  form: FormInstance<CouponValues>,
  currency: CurrencyCode,
  onCreated: () => void,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const createMerchant = usePurseMutation('counterparties.create');
  const create = usePurseMutation('promotions.create', {
    onSuccess: (coupon) => {
      void message.success(t('promotions.created', { name: coupon.name }));
      onCreated();
    },
  });

  const merchantIdOf = async (name: string): Promise<string | undefined> => {
    if (!name) return undefined;
    return (
      findByName(merchants.data ?? [], name)?.id ??
      (await createMerchant.mutateAsync({ kind: 'merchant', name })).id
    );
  };

  const submit = async (input: CouponValues, kind: PromotionKind) => {
    if (!input.name || !input.valid || !input.maxUses) return;
    const { percentBp, amountOff, minSpend, maxDiscount } = readCouponTerms(input, currency);
    if (kind === 'threshold' && amountOff && minSpend && amountOff >= minSpend) {
      form.setFields([{ name: 'amountOff', errors: [t('promotions.offBelowSpend')] }]);
      return;
    }
    let merchantId: string | undefined;
    try {
      merchantId = await merchantIdOf(input.merchant?.trim() ?? '');
    } catch {
      return;
    }
    create.mutate(
      {
        name: input.name.trim(),
        kind,
        currency,
        ...(kind === 'percent' && percentBp ? { percentBp } : {}),
        ...(kind === 'percent' && maxDiscount ? { maxDiscount } : {}),
        ...(kind !== 'percent' && amountOff ? { amountOff } : {}),
        ...(kind === 'threshold' && minSpend ? { minSpend } : {}),
        ...(merchantId ? { merchantId } : {}),
        validFrom: input.valid[0].startOf('day').valueOf(),
        validTo: input.valid[1].endOf('day').valueOf(),
        maxUses: input.maxUses,
      },
      {
        onError: (error) =>
          markServerIssues(form, error, SERVER_CHECKED_FIELDS, t('errors.invalidField')),
      },
    );
  };

  return {
    submit,
    merchants: merchants.data ?? [],
    error: createMerchant.error ?? create.error,
    pending: create.isPending || createMerchant.isPending,
  };
}
