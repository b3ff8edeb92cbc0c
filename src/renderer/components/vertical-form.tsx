import { Form, type FormProps } from 'antd';
import type { ReactNode } from 'react';

export type VerticalFormProps<Values> = Omit<
  FormProps<Values>,
  'children' | 'layout' | 'requiredMark'
> & { readonly children?: ReactNode };

/** A form with its labels above the fields and no required marks: every field it asks for is needed. */
export function VerticalForm<Values>(props: VerticalFormProps<Values>) {
  return <Form<Values> layout="vertical" requiredMark={false} {...props} />;
}
