import { Select, type SelectProps } from 'antd';
import type { BaseOptionType, DefaultOptionType } from 'antd/es/select';

/**
 * The pickers' one Select: typing searches the options' labels, and every option is rendered
 * (no virtual list, so each stays reachable by the keyboard and by tests).
 */
export function SearchSelect<Value, Option extends BaseOptionType = DefaultOptionType>(
  props: SelectProps<Value, Option>,
) {
  return (
    <Select<Value, Option> virtual={false} showSearch={{ optionFilterProp: 'label' }} {...props} />
  );
}
