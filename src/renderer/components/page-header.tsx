import { Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly extra?: ReactNode;
}

/** A screen's heading (the page's one h1) and its main actions. */
export function PageHeader({ title, subtitle, extra }: PageHeaderProps) {
  return (
    <header className="purse-page-header">
      <div className="purse-page-header__text">
        <Typography.Title level={1} className="purse-page-title" id="purse-page-title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <div className="purse-page-header__extra">{extra}</div> : null}
    </header>
  );
}
