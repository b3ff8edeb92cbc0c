import { Select } from 'antd';
import type { Category } from '../../shared/domain';
import { useCategoryName } from './category-name';

export interface CategorySelectProps {
  readonly categories: readonly Category[];
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly placeholder?: string;
  readonly loading?: boolean;
}

/** Picks a category of the kind the form records (expense or income). */
export function CategorySelect({
  categories,
  id,
  value,
  onChange,
  placeholder,
  loading,
}: CategorySelectProps) {
  const categoryName = useCategoryName();
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      loading={loading}
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
      options={categories.map((category) => ({
        value: category.id,
        label: categoryName(category),
      }))}
    />
  );
}
