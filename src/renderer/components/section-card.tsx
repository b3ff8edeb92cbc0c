import { Card } from 'antd';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  /** The card's heading (an h2). */
  readonly title: ReactNode;
  /** What stands at the heading's right: a tag, a button. */
  readonly extra?: ReactNode;
  /** More classes beside `purse-card`. */
  readonly className?: string;
  readonly children?: ReactNode;
}

/** A section of a screen: a card headed by its title. */
export function SectionCard({ title, extra, className, children }: SectionCardProps) {
  return (
    <Card
      className={['purse-card', className].filter(Boolean).join(' ')}
      title={<h2 className="purse-card-title">{title}</h2>}
      extra={extra}
    >
      {children}
    </Card>
  );
}
