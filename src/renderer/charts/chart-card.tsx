import { TableOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

export interface ChartTableColumn {
  readonly key: string;
  readonly title: ReactNode;
  /** Money and counts align right. */
  readonly numeric?: boolean;
}

export interface ChartTableRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

export interface ChartA11y {
  readonly role: 'img';
  readonly 'aria-label': string;
  readonly 'aria-describedby': string;
}

export interface ChartCardProps {
  readonly title: ReactNode;
  /** One sentence that says what the chart shows, for screen readers. */
  readonly summary: string;
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly ChartTableRow[];
  /** Shown instead of the chart when there is nothing to draw. */
  readonly empty?: ReactNode;
  readonly height?: number;
  /** Draws the chart; spread `a11y` on it so the canvas is named and described by the table. */
  readonly children: (a11y: ChartA11y) => ReactNode;
  readonly testId?: string;
}

/**
 * A chart with the table behind it: the canvas is described by the table (always in the
 * page, visually hidden until "Show as table"), so both say the same numbers.
 */
export function ChartCard({
  title,
  summary,
  columns,
  rows,
  empty,
  height = 280,
  children,
  testId,
}: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const titleId = useId();
  return (
    <Card
      className="purse-card purse-chart-card"
      data-testid={testId}
      title={
        <h2 className="purse-card-title" id={titleId}>
          {title}
        </h2>
      }
      extra={
        empty ? null : (
          <Button
            size="small"
            type="text"
            icon={<TableOutlined aria-hidden />}
            aria-pressed={asTable}
            aria-controls={tableId}
            onClick={() => setAsTable((shown) => !shown)}
          >
            {asTable ? t('analytics.chart.showChart') : t('analytics.chart.showTable')}
          </Button>
        )
      }
    >
      {empty ?? (
        <>
          <div className="purse-chart" style={{ height, display: asTable ? 'none' : undefined }}>
            {children({ role: 'img', 'aria-label': summary, 'aria-describedby': tableId })}
          </div>
          {/* Hidden, the table still describes the canvas, but its links take no focus. */}
          <div
            className={asTable ? 'purse-chart-table-wrap' : 'purse-visually-hidden'}
            inert={!asTable}
          >
            <table className="purse-chart-table" id={tableId} aria-labelledby={titleId}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.numeric ? 'purse-chart-table__num' : undefined}
                    >
                      {column.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, index) => {
                      const column = columns[index];
                      const className = column?.numeric ? 'purse-chart-table__num' : undefined;
                      return index === 0 ? (
                        <th key={column?.key ?? index} scope="row" className={className}>
                          {cell}
                        </th>
                      ) : (
                        <td key={column?.key ?? index} className={className}>
                          {cell}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
