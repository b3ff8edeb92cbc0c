import type { ReactNode } from 'react';
import { hrefOfPath } from '../../shell/routes';
import { navigatePath } from '../../shell/use-route';

/** A link to a bill's detail screen, followed inside the app. */
export function BillLink({
  billId,
  className,
  children,
}: {
  readonly billId: string;
  readonly className: string;
  readonly children: ReactNode;
}) {
  return (
    <a
      className={className}
      href={hrefOfPath('bills', [billId])}
      onClick={(event) => {
        event.preventDefault();
        navigatePath('bills', [billId]);
      }}
    >
      {children}
    </a>
  );
}
