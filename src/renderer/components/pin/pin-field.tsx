import { Form, type FormItemProps } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from './pin-rules';

export interface PinFieldProps extends Pick<
  FormItemProps,
  'name' | 'label' | 'extra' | 'className' | 'validateTrigger'
> {
  /** The `PinInput`: a PIN, or a code read off an authenticator. */
  readonly children: ReactElement;
}

/** A required PIN or one-time code, all its digits, under its label. */
export function PinField({ children, ...item }: PinFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      {...item}
      rules={[{ required: true, len: PIN_LENGTH, message: t('lock.pin.required') }]}
    >
      {children}
    </Form.Item>
  );
}
