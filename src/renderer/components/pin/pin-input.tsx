import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { PIN_LENGTH } from './pin-rules';
import '../../features/lock/lock.css';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'maxLength' | 'size'
>;

export interface PinInputProps extends NativeProps {
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  /** Called once all the digits are in (the lock screen unlocks then). */
  readonly onComplete?: (value: string) => void;
  /** Dots for a PIN; the digits themselves for a code read off an authenticator. */
  readonly masked?: boolean;
  readonly length?: number;
}

/**
 * A PIN or one-time code as the wallets show it: a row of boxes. Underneath it is one real
 * input (numeric keyboard, a password field when masked), so it has one label for screen
 * readers, takes paste, and works inside an antd Form.Item like any input.
 */
export const PinInput = forwardRef<HTMLInputElement, PinInputProps>(function PinInput(
  {
    value = '',
    onChange,
    onComplete,
    masked = true,
    length = PIN_LENGTH,
    disabled,
    className,
    onFocus,
    onBlur,
    ...rest
  },
  ref,
) {
  const [focused, setFocused] = useState(false);
  // Form.Item marks a field with errors aria-invalid; the boxes turn red with it.
  const invalid = rest['aria-invalid'] === true || rest['aria-invalid'] === 'true';
  const active = Math.min(value.length, length - 1);
  const classes = [
    'purse-pin',
    focused ? 'purse-pin--focused' : '',
    invalid ? 'purse-pin--error' : '',
    disabled ? 'purse-pin--disabled' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <input
        {...rest}
        ref={ref}
        className="purse-pin__input"
        type={masked ? 'password' : 'text'}
        inputMode="numeric"
        autoComplete={masked ? 'off' : 'one-time-code'}
        spellCheck={false}
        maxLength={length}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const digits = event.target.value.replace(/\D/g, '').slice(0, length);
          onChange?.(digits);
          if (digits.length === length && digits !== value) onComplete?.(digits);
        }}
        onSelect={(event) => {
          // The caret always sits after the last digit, as the boxes show.
          const input = event.currentTarget;
          const end = input.value.length;
          if (input.selectionStart !== end || input.selectionEnd !== end)
            input.setSelectionRange(end, end);
        }}
        onFocus={(event) => {
          setFocused(true);
          onFocus?.(event);
        }}
        onBlur={(event) => {
          setFocused(false);
          onBlur?.(event);
        }}
      />
      <div className="purse-pin__cells" aria-hidden="true">
        {Array.from({ length }, (_, index) => {
          const char = value[index];
          const cellClasses = [
            'purse-pin__cell',
            char ? 'purse-pin__cell--filled' : '',
            focused && index === active ? 'purse-pin__cell--active' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <span key={index} className={cellClasses}>
              {char ? masked ? <span className="purse-pin__dot" /> : char : null}
            </span>
          );
        })}
      </div>
    </div>
  );
});
