import { Form } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PinInput } from './pin-input';

/**
 * The payment PIN, and the authenticator's code when two-factor codes are on: what every
 * sensitive step asks (a restore, a weakening change). A full PIN moves on to the code.
 */
export function PinAndCodeFields({
  withCode,
  autoFocus = false,
}: {
  readonly withCode: boolean;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const codeRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Form.Item
        name="pin"
        label={t('security.pinField')}
        rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
      >
        <PinInput
          autoFocus={autoFocus}
          onComplete={() => (withCode ? codeRef.current?.focus() : undefined)}
        />
      </Form.Item>
      {withCode ? (
        <Form.Item
          name="code"
          label={t('security.codeField')}
          rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
        >
          <PinInput ref={codeRef} masked={false} />
        </Form.Item>
      ) : null}
    </>
  );
}
