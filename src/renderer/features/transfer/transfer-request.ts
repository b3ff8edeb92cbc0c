import type { MethodInput } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import type { MoneyResult } from '../../../shared/payments';

type Target = MethodInput<'transfers.create'>['to'];

/** A transfer as the forms hand it to the confirmation sheet. */
export interface TransferRequest {
  readonly accountId: string;
  readonly to: Target;
  /** Who or where, as the person reads it: a contact's name or one of their accounts. */
  readonly toName: string;
  /** A new contact's phone or handle, or an existing contact's note. */
  readonly toNote?: string;
  readonly amount: number;
  readonly memo?: string;
  readonly timeZone: string;
}

export function isToContact(request: TransferRequest): boolean {
  return !('accountId' in request.to);
}

/** What both transfer forms take: the accounts to send from, and where a sent transfer goes. */
export interface TransferFormProps {
  readonly accounts: readonly Account[];
  readonly onSent: (result: MoneyResult) => void;
}
