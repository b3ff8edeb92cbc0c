import { Input, type GetRef } from 'antd';
import { useEffect, useId, useRef } from 'react';
import { CODE_LENGTH } from './money-auth';

export interface CodeFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The PIN is masked; an authenticator code is not. */
  readonly masked?: boolean;
  readonly error?: string | null;
  readonly help?: string;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
}

/** Six digits in six boxes (antd Input.OTP): the payment PIN or an authenticator code. */
export function CodeField({
  label,
  value,
  onChange,
  masked = false,
  error,
  help,
  autoFocus = false,
  disabled = false,
}: CodeFieldProps) {
  const id = useId();
  const ref = useRef<GetRef<typeof Input.OTP>>(null);
  const wasCleared = value === '';

  // Focus the first box when asked, and again whenever the field is cleared after a wrong try.
  useEffect(() => {
    if (!autoFocus || !wasCleared) return;
    const timer = window.setTimeout(() => ref.current?.focus(), 60);
    return () => window.clearTimeout(timer);
  }, [autoFocus, wasCleared]);

  return (
    <div className="purse-code-field">
      <div id={`${id}-label`} className="purse-code-field__label">
        {label}
      </div>
      <Input.OTP
        ref={ref}
        length={CODE_LENGTH}
        mask={masked}
        value={value}
        disabled={disabled}
        autoComplete="off"
        inputMode="numeric"
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : help ? `${id}-help` : undefined}
        aria-invalid={error ? true : undefined}
        status={error ? 'error' : undefined}
        formatter={(text) => text.replace(/\D/g, '')}
        onInput={(cells) => onChange(cells.join(''))}
        className="purse-code-field__input"
      />
      {error ? (
        <div id={`${id}-error`} role="alert" className="purse-code-field__error">
          {error}
        </div>
      ) : help ? (
        <div id={`${id}-help`} className="purse-code-field__help">
          {help}
        </div>
      ) : null}
    </div>
  );
}
