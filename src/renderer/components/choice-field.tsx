import { Form, Radio } from 'antd';
import type { ReactNode } from 'react';

export interface ChoiceFieldProps<Value extends string> {
  /** Names the field and the group of buttons. */
  readonly label: string;
  /** The form value it holds; without one, `value` and `onChange` drive it. */
  readonly name?: string;
  readonly value?: Value;
  readonly onChange?: (value: Value) => void;
  readonly options: readonly { readonly value: Value; readonly label: ReactNode }[];
}

/** One choice among a few, as a row of buttons: a kind, a language, a theme. */
export function ChoiceField<Value extends string>({
  label,
  name,
  value,
  onChange,
  options,
}: ChoiceFieldProps<Value>) {
  return (
    <Form.Item label={label} {...(name ? { name } : {})}>
      <Radio.Group
        aria-label={label}
        optionType="button"
        {...(value !== undefined ? { value } : {})}
        {...(onChange ? { onChange: (event) => onChange(event.target.value as Value) } : {})}
        options={[...options]}
      />
    </Form.Item>
  );
}
