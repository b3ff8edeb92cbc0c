import { Table } from 'antd';
import type { ReactNode } from 'react';
import type { TableRows } from './table-card';
import { TitledSection } from './titled-section';

export interface TitledTableProps<T extends object> extends TableRows<T> {
  /** The heading (level 3) over the table, inside a card or drawer. */
  readonly title: string;
  readonly titleClassName: string;
  /** Rows per page once there are more than that; without it, every row on one page. */
  readonly pageSize?: number;
  /** Said under the table. */
  readonly children?: ReactNode;
}

/** A small table under its own heading: a bill's payments, a transaction's postings. */
export function TitledTable<T extends object>({
  title,
  titleClassName,
  rowKey,
  rows,
  columns,
  pageSize,
  children,
}: TitledTableProps<T>) {
  const paged = pageSize !== undefined && rows.length > pageSize;
  return (
    <TitledSection level={3} title={title} titleClassName={titleClassName}>
      <Table<T>
        size="small"
        rowKey={rowKey}
        pagination={paged ? { pageSize, hideOnSinglePage: true } : false}
        dataSource={[...rows]}
        columns={columns}
      />
      {children}
    </TitledSection>
  );
}
