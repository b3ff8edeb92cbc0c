import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PinInput } from './pin-input';
import { PinField } from './pin-field';

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
      <PinField name="pin" label={t('security.pinField')}>
        <PinInput
          autoFocus={autoFocus}
          onComplete={() => (withCode ? codeRef.current?.focus() : undefined)}
        />
      </PinField>
      {withCode ? (
        <PinField name="code" label={t('security.codeField')}>
          <PinInput ref={codeRef} masked={false} />
        </PinField>
      ) : null}
    </>
  );
}
