import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../shared/errors';
import { FormError } from './form-error';

export interface FormActionsProps {
  /** The submit button's words: "Save", "Create coupon". */
  readonly submitLabel: ReactNode;
  /** Shows Cancel before the submit button. */
  readonly onCancel?: () => void;
  /** The request is on its way: the submit button spins. */
  readonly pending?: boolean;
  /** Why the last request was refused, shown above the buttons. */
  readonly error?: PurseError | null;
  /** The request the form sends, when one mutation is all it sends: its spinner and refusal. */
  readonly request?: { readonly isPending: boolean; readonly error: PurseError | null };
  readonly size?: 'large';
  /** The submit replaces or removes something. */
  readonly danger?: boolean;
  /** Cancel waits while the request is on its way. */
  readonly holdCancel?: boolean;
  /** More buttons before the submit (Back, …). */
  readonly children?: ReactNode;
}

/** The end of a form: why it was refused, if it was, then Cancel and the submit button. */
export function FormActions({
  submitLabel,
  onCancel,
  request,
  pending = request?.isPending ?? false,
  error = request?.error,
  size,
  danger,
  holdCancel = false,
  children,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {error !== undefined ? <FormError error={error} /> : null}
      <div className="purse-form-actions">
        {onCancel ? (
          <Button size={size} onClick={onCancel} disabled={holdCancel && pending}>
            {t('common.cancel')}
          </Button>
        ) : null}
        {children}
        <Button type="primary" htmlType="submit" size={size} danger={danger} loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
