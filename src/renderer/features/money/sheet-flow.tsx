import type { ReactNode } from 'react';
import type { MoneyResult } from '../../../shared/payments';
import type { SheetControls } from './confirm-sheet';
import { useMoneyFlow } from './use-money-flow';

/** What a sheet flow's form step takes. */
export interface SheetFormStep<Request> {
  /** What was confirmed so far, when the person came back to change it. */
  readonly request: Request | null;
  readonly onClose: () => void;
  readonly onContinue: (request: Request) => void;
}

/** What a sheet flow's confirmation takes. */
export interface SheetConfirmStep<Request> {
  /** What the form step made; null when the flow has no form step. */
  readonly request: Request | null;
  /** Back to the form step. */
  readonly onChange: () => void;
  /** The sheet's controls, done moving the flow on to its receipt. */
  readonly controls: SheetControls;
}

export interface SheetFlowProps<Request> {
  readonly controls: SheetControls;
  /** The form step; without it the flow opens on its confirmation. */
  readonly form?: (step: SheetFormStep<Request>) => ReactNode;
  readonly confirm: (step: SheetConfirmStep<Request>) => ReactNode;
  /** The receipt in the sheet; without it, the confirmation stays as the sheet closes. */
  readonly done?: (result: MoneyResult) => ReactNode;
}

/**
 * A money flow that lives wholly in one sheet (a bill payment, a refund): its form, its
 * confirmation with the PIN, then its receipt, one after the other in the sheet.
 */
export function SheetFlow<Request>({ controls, form, confirm, done }: SheetFlowProps<Request>) {
  const flow = useMoneyFlow<Request>(controls.onDone);
  if (done && flow.stage === 'done' && flow.result) return done(flow.result);
  if (form && (flow.stage === 'form' || flow.request === null)) {
    return form({ request: flow.request, onClose: controls.onClose, onContinue: flow.confirm });
  }
  return confirm({
    request: flow.request,
    onChange: flow.edit,
    controls: { ...controls, onDone: flow.done },
  });
}
