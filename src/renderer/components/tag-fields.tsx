import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../api/use-purse-query';

/** The tags the person has used, as a picker's options (`#travel`). */
function useTagOptions() {
  const known = usePurseQuery('tags.list');
  return (known.data ?? []).map((tag) => ({ value: tag, label: `#${tag}` }));
}

/** History's filter by one tag. */
export function TagFilter({
  value,
  onChange,
}: {
  readonly value: string | undefined;
  readonly onChange: (tag: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<string>
      aria-label={t('history.filters.tag')}
      placeholder={t('history.filters.allTags')}
      allowClear
      value={value}
      onChange={(tag) => onChange(tag)}
      options={useTagOptions()}
      showSearch={{ optionFilterProp: 'label' }}
      virtual={false}
    />
  );
}

/**
 * A transaction's tags: pick ones used before or type new ones (Enter, space or a comma ends
 * one); the ledger stores them without `#`, in lower case.
 */
export function TagsSelect({
  id,
  value,
  onChange,
  placeholder,
  single,
  style,
}: {
  readonly id?: string;
  readonly value?: string[];
  readonly onChange?: (tags: string[]) => void;
  readonly placeholder?: string;
  /** One tag at a time (a bulk edit's). */
  readonly single?: boolean;
  readonly style?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Select<string[]>
      id={id}
      mode="tags"
      style={style}
      aria-label={placeholder ?? t('history.detail.tags')}
      placeholder={placeholder ?? t('history.detail.tagsPlaceholder')}
      value={value}
      onChange={(tags) =>
        onChange?.(tags.map((tag) => tag.replace(/^#+/, '').toLowerCase()).filter(Boolean))
      }
      tokenSeparators={[' ', ',']}
      maxCount={single ? 1 : 10}
      options={useTagOptions()}
      virtual={false}
    />
  );
}
