import { Form } from 'antd';
import type { CSSProperties } from 'react';
import type { Category } from '../../shared/domain';
import { useCategoryName } from './category-name';
import { SearchSelect } from './search-select';

export interface CategorySelectProps {
  readonly categories: readonly Category[];
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly placeholder?: string;
  readonly loading?: boolean;
  /** Its accessible name where no form label names it. */
  readonly 'aria-label'?: string;
  readonly style?: CSSProperties;
}

/** Picks a category of the kind the form records (expense or income). */
export function CategorySelect({ categories, ...control }: CategorySelectProps) {
  const categoryName = useCategoryName();
  return (
    <SearchSelect<string>
      {...control}
      options={categories.map((category) => ({
        value: category.id,
        label: categoryName(category),
      }))}
    />
  );
}

/** A form's required choice of category (`categoryId`): the field, its rule and the picker. */
export function CategoryField({
  label,
  requiredMessage,
  ...select
}: CategorySelectProps & { readonly label: string; readonly requiredMessage: string }) {
  return (
    <Form.Item
      name="categoryId"
      label={label}
      rules={[{ required: true, message: requiredMessage }]}
    >
      <CategorySelect {...select} />
    </Form.Item>
  );
}
