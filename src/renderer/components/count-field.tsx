import { Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';

export interface CountFieldProps {
  readonly name: string;
  readonly label: string;
  /** Said when the field is left empty. */
  readonly requiredMessage: string;
  /** The smallest allowed; a count starts at 1 unless said otherwise. */
  readonly min?: number;
  readonly max: number;
  /** After the number: "days before", "weeks". */
  readonly unit?: string;
  readonly extra?: ReactNode;
  readonly className: string;
}

/** A required whole number from `min` (1 unless given) to `max`: days, weeks, months, uses. */
export function CountField({
  name,
  label,
  requiredMessage,
  min = 1,
  max,
  unit,
  extra,
  className,
}: CountFieldProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[{ required: true, message: requiredMessage }]}
    >
      <InputNumber min={min} max={max} precision={0} suffix={unit} className={className} />
    </Form.Item>
  );
}
