import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { PinInput } from '../../components/pin/pin-input';

/** The payment PIN, and the authenticator's code when two-factor codes are on. */
export function AuthFields({ withCode }: { readonly withCode: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="pin"
        label={t('security.pinField')}
        rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
      >
        <PinInput />
      </Form.Item>
      {withCode ? (
        <Form.Item
          name="code"
          label={t('security.codeField')}
          rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
        >
          <PinInput masked={false} />
        </Form.Item>
      ) : null}
    </>
  );
}

export function authOf(values: { pin: string; code?: string }) {
  return { pin: values.pin, ...(values.code ? { totp: values.code } : {}) };
}
