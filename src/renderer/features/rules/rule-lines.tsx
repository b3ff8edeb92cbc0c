import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import type { ReactNode } from 'react';

export interface RuleLinesProps<Kind extends string> {
  /** The form list: a rule's conditions or its actions. */
  readonly name: 'conditions' | 'actions';
  /** The field of each line that says what kind of line it is. */
  readonly kindField: 'field' | 'set';
  readonly label: string;
  readonly kindLabel: string;
  readonly kindWidth: number;
  readonly kinds: readonly { readonly value: Kind; readonly label: string }[];
  /** The kind a line shows before one is chosen. */
  readonly fallback: Kind;
  readonly max: number;
  readonly addLabel: string;
  readonly removeLabel: string;
  /** What a line added by the button starts as. */
  readonly added: Readonly<Record<string, unknown>>;
  /** The inputs of line `index`, for its kind. */
  readonly render: (index: number, kind: Kind) => ReactNode;
}

/**
 * A rule's conditions or actions: one line each, a picker of what kind of line it is, the
 * inputs that kind takes, Remove (while more than one is left) and Add.
 */
export function RuleLines<Kind extends string>(props: RuleLinesProps<Kind>) {
  const { name, kindField, label, max, addLabel, removeLabel, added, render } = props;
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div className="purse-rule-list" role="group" aria-label={label}>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap className="purse-rule-line">
              <Form.Item name={[field.name, kindField]} noStyle>
                <Select<Kind>
                  virtual={false}
                  aria-label={props.kindLabel}
                  style={{ width: props.kindWidth }}
                  options={[...props.kinds]}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[[name, field.name, kindField]]}>
                {({ getFieldValue }) =>
                  render(
                    field.name,
                    (getFieldValue([name, field.name, kindField]) as Kind | undefined) ??
                      props.fallback,
                  )
                }
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  aria-label={removeLabel}
                  onClick={() => remove(field.name)}
                />
              )}
            </Space>
          ))}
          {fields.length < max && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(added)}>
              {addLabel}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
