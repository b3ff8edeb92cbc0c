import { Alert, Form } from 'antd';
import type { ReactNode } from 'react';
import { AuthFields, authOf } from './auth-fields';
import { FormActions } from '../../components/form-actions';
import { VerticalForm } from '../../components/vertical-form';

export interface ReplaceLedgerFormProps {
  readonly name: string;
  /** What the file holds, shown before anything changes. */
  readonly details: ReactNode;
  readonly warning: string;
  readonly withCode: boolean;
  readonly error: ReactNode;
  readonly pending: boolean;
  readonly confirmLabel: string;
  /** The way back (another file, Cancel); absent where there is none. */
  readonly back?: ReactNode;
  readonly onConfirm: (auth: ReturnType<typeof authOf>) => void;
}

/**
 * The one step that replaces the whole ledger, from a backup or a snapshot: what the file
 * holds, the warning, and the PIN (and code), typed afresh after every answer.
 */
export function ReplaceLedgerForm(props: ReplaceLedgerFormProps) {
  const { name, details, warning, withCode, error, pending, confirmLabel, back, onConfirm } = props;
  const [form] = Form.useForm<{ pin: string; code?: string }>();
  return (
    <VerticalForm
      form={form}
      name={name}
      onFinish={(values) => {
        onConfirm(authOf(values));
        form.setFieldValue('pin', '');
        form.setFieldValue('code', '');
      }}
    >
      {details}
      <Alert className="purse-form-error" type="warning" showIcon title={warning} />
      <AuthFields withCode={withCode} />
      {error}
      <FormActions submitLabel={confirmLabel} pending={pending} danger>
        {back}
      </FormActions>
    </VerticalForm>
  );
}
