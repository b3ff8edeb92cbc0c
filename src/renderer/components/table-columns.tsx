import type { TableColumnType } from 'antd';
import type { ReactNode } from 'react';

/** A right-aligned column (an amount, a count): its key, its title and each row's cell. */
export function rightColumn<Row>(
  key: string,
  title: ReactNode,
  cell: (row: Row) => ReactNode,
): TableColumnType<Row> {
  return { key, title, align: 'right', render: (_value: unknown, row: Row) => cell(row) };
}
