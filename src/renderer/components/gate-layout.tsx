import { WalletFilled } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../shared/errors';
import { FormError } from './form-error';
import '../features/lock/lock.css';

export interface GateLayoutProps {
  readonly title: ReactNode;
  readonly intro?: ReactNode;
  readonly icon?: ReactNode;
  readonly wide?: boolean;
  /** Above the title (a step indicator). */
  readonly top?: ReactNode;
  readonly footer?: ReactNode;
  readonly children?: ReactNode;
}

/**
 * A whole-window step that stands in for the app: creating the PIN, the lock screen, the
 * PIN reset. Nothing of the ledger is rendered around it.
 */
export function GateLayout({ title, intro, icon, wide, top, footer, children }: GateLayoutProps) {
  const { t } = useTranslation();
  return (
    <main className="purse-gate">
      <div className="purse-gate__brand">
        <WalletFilled className="purse-gate__brand-icon" aria-hidden />
        <span>{t('app.name')}</span>
      </div>
      <Card className={`purse-gate__card${wide ? ' purse-gate__card--wide' : ''}`}>
        {top}
        {icon ? (
          <div className="purse-gate__icon" aria-hidden>
            {icon}
          </div>
        ) : null}
        <Typography.Title level={1} className="purse-gate__title">
          {title}
        </Typography.Title>
        {intro ? <p className="purse-gate__intro">{intro}</p> : null}
        {children}
      </Card>
      {footer ? <div className="purse-gate__hint">{footer}</div> : null}
    </main>
  );
}

/** A gate form's one wide submit button, under why the last try was refused. */
export function GateSubmit({
  label,
  pending,
  error,
}: {
  readonly label: ReactNode;
  readonly pending: boolean;
  readonly error: PurseError | null;
}) {
  return (
    <>
      <FormError error={error} />
      <div className="purse-gate__actions">
        <Button type="primary" htmlType="submit" size="large" block loading={pending}>
          {label}
        </Button>
      </div>
    </>
  );
}
