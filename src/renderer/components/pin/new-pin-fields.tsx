import { Form } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PinInput } from './pin-input';
import { newPinProblem } from './pin-rules';

export interface NewPinFieldsProps {
  readonly name?: string;
  readonly againName?: string;
  readonly label: string;
  readonly againLabel: string;
  /** The field holding the current PIN, when the new one must differ from it. */
  readonly oldPinName?: string;
  readonly autoFocus?: boolean;
  readonly extra?: string;
  readonly className?: string;
}

/**
 * A new PIN, entered twice: six digits, not guessable (checked here as the gateway will),
 * the same both times. Filling the first moves on to the second.
 */
export function NewPinFields({
  name = 'pin',
  againName = 'pinAgain',
  label,
  againLabel,
  oldPinName,
  autoFocus,
  extra,
  className,
}: NewPinFieldsProps) {
  const { t } = useTranslation();
  const againRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        className={className}
        extra={extra}
        validateTrigger={['onBlur']}
        dependencies={oldPinName ? [oldPinName] : []}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) => {
              const problem = newPinProblem(value);
              if (problem) return Promise.reject(new Error(t(`lock.pin.${problem}`)));
              if (oldPinName && getFieldValue(oldPinName) === value)
                return Promise.reject(new Error(t('lock.pin.sameAsOld')));
              return Promise.resolve();
            },
          }),
        ]}
      >
        <PinInput autoFocus={autoFocus} onComplete={() => againRef.current?.focus()} />
      </Form.Item>
      <Form.Item
        name={againName}
        label={againLabel}
        className={className}
        validateTrigger={['onBlur']}
        dependencies={[name]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) => {
              if (!value || value.length < 6)
                return Promise.reject(new Error(t('lock.pin.required')));
              if (value !== getFieldValue(name))
                return Promise.reject(new Error(t('lock.pin.mismatch')));
              return Promise.resolve();
            },
          }),
        ]}
      >
        <PinInput ref={againRef} />
      </Form.Item>
    </>
  );
}
