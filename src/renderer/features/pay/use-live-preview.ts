import { useMemo } from 'react';
import { systemTimeZone } from '../../../shared/dates';
import { useDebounced } from './use-debounced';
import { usePaymentPreview, type PreviewInput } from './use-payment-preview';

/**
 * A live look at what the payment on the form would be (coupon, room left today, the
 * category this merchant was paid under last time), asked for once the typing settles.
 * `liveInput` says which values the answer is for.
 */
export function useLivePreview(
  accountId: string | undefined,
  merchantId: string | undefined,
  merchantText: string,
  amount: number,
) {
  const name = merchantText.trim();
  const liveKey = useDebounced(
    accountId && amount > 0 && (merchantId || name)
      ? JSON.stringify(
          merchantId
            ? { accountId, merchantId, amount }
            : { accountId, merchantName: name, amount },
        )
      : '',
  );
  const liveInput = useMemo((): PreviewInput | null => {
    if (!liveKey) return null;
    const parsed = JSON.parse(liveKey) as {
      accountId: string;
      merchantId?: string;
      merchantName?: string;
      amount: number;
    };
    return {
      accountId: parsed.accountId,
      merchant: parsed.merchantId ? { id: parsed.merchantId } : { name: parsed.merchantName ?? '' },
      amount: parsed.amount,
      timeZone: systemTimeZone(),
    };
  }, [liveKey]);
  return { live: usePaymentPreview(liveInput), liveInput };
}
