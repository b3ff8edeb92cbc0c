import { Table, type TableProps } from 'antd';
import { PageEmpty, type PageEmptyProps } from './page-state';
import type { TableRows } from './table-card';

export interface RowsTableProps<T extends object>
  extends TableRows<T>, Omit<TableProps<T>, 'rowKey' | 'columns' | 'dataSource' | 'pagination'> {
  /** Shown instead of the table while there are no rows: what to do next. */
  readonly empty: PageEmptyProps;
}

/** Every row in one table (no pages), or what to do next while there are none. */
export function RowsTable<T extends object>({
  empty,
  rowKey,
  rows,
  columns,
  ...table
}: RowsTableProps<T>) {
  if (rows.length === 0) return <PageEmpty {...empty} />;
  return (
    <Table<T>
      rowKey={rowKey}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      {...table}
    />
  );
}
