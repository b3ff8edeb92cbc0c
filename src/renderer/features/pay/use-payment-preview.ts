import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/contract';
import type { PurseError } from '../../../shared/errors';
import type { PaymentPreview } from '../../../shared/payments';
import { asPurseError, callPurse } from '../../api/call-purse';
import { purseQueryKey } from '../../api/use-purse-query';

export type PreviewInput = MethodInput<'payments.preview'>;

/**
 * What a payment would do, from the ledger (payments.preview). Always fresh when asked for
 * (a confirmation sheet never shows numbers from before a limit changed), and the last
 * answer stays on screen while a new one (another coupon) loads.
 */
export function usePaymentPreview(input: PreviewInput | null) {
  return useQuery<PaymentPreview, PurseError>({
    queryKey: purseQueryKey('payments.preview', input ?? undefined),
    queryFn: async () => {
      if (!input) throw asPurseError(null);
      try {
        return await callPurse('payments.preview', input);
      } catch (thrown) {
        throw asPurseError(thrown);
      }
    },
    enabled: input !== null,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
