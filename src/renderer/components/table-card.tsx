import { Table, type TableColumnsType } from 'antd';
import { SectionCard } from './section-card';

/** What a table lists: its rows, the field that keys them, and its columns. */
export interface TableRows<T extends object> {
  readonly rowKey: keyof T & string;
  readonly rows: readonly T[];
  readonly columns: TableColumnsType<T>;
}

export interface TableCardProps<T extends object> extends TableRows<T> {
  /** The card's heading, which also names the table. */
  readonly title: string;
  readonly emptyText: string;
}

/** A card headed by its title, holding one table that lists every row. */
export function TableCard<T extends object>({
  title,
  emptyText,
  rowKey,
  rows,
  columns,
}: TableCardProps<T>) {
  return (
    <SectionCard title={title}>
      <Table<T>
        rowKey={rowKey}
        size="middle"
        pagination={false}
        aria-label={title}
        dataSource={[...rows]}
        locale={{ emptyText }}
        columns={columns}
      />
    </SectionCard>
  );
}
