import { Alert, Button, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import { FormError } from '../../components/form-error';
import { PinAndCodeFields } from '../../components/pin/pin-and-code-fields';
import { FormDialog } from '../../components/form-dialog';
import { VerticalForm } from '../../components/vertical-form';

export interface PinConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** Why the PIN is asked for; a warning when the action can't be undone. */
  readonly warning?: ReactNode;
  readonly body?: ReactNode;
  readonly submitLabel: string;
  readonly danger?: boolean;
  /** Ask for the authenticator's code too (turning two-factor codes off). */
  readonly withCode?: boolean;
  readonly pending: boolean;
  readonly error: PurseError | null;
  readonly onSubmit: (values: { pin: string; code?: string }) => void;
  readonly onCancel: () => void;
}

/** What the dialog answers, as the gateway's step-up fields: no `code` key when none was asked. */
export function stepUpOf(values: { pin: string; code?: string }): { pin: string; code?: string } {
  return values.code ? { pin: values.pin, code: values.code } : { pin: values.pin };
}

/** Confirms a sensitive change with the payment PIN (and, when asked, a two-factor code). */
export function PinConfirmDialog(props: PinConfirmDialogProps) {
  const { open, title, onCancel } = props;
  return (
    <FormDialog open={open} title={title} onClose={onCancel}>
      <PinConfirmForm {...props} />
    </FormDialog>
  );
}

function PinConfirmForm({
  warning,
  body,
  submitLabel,
  danger,
  withCode,
  pending,
  error,
  onSubmit,
  onCancel,
}: PinConfirmDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ pin: string; code?: string }>();
  return (
    <VerticalForm
      name="pin-confirm"
      form={form}
      onFinish={(values) => {
        onSubmit(values);
        // Whatever the answer, a refused PIN is typed afresh.
        form.setFieldValue('pin', '');
        if (withCode) form.setFieldValue('code', '');
      }}
    >
      {warning ? (
        <Alert className="purse-form-error" type="warning" showIcon title={warning} />
      ) : null}
      {body ? <p className="purse-dialog-body">{body}</p> : null}
      <PinAndCodeFields withCode={withCode ?? false} autoFocus />
      <FormError error={error} />
      <div className="purse-form-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </VerticalForm>
  );
}
