import { Button, Card, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../shared/errors';
import { AddButton } from './add-button';
import { useDescribeError } from './use-describe-error';

/** While a screen's data loads: a skeleton, announced to screen readers. */
export function PageLoading({ rows = 4 }: { readonly rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="purse-page-state">
      <span className="purse-visually-hidden">{t('common.loading')}</span>
      <Skeleton active paragraph={{ rows }} title={false} />
    </div>
  );
}

export interface PageEmptyProps {
  readonly title: ReactNode;
  /** Says what to do next. */
  readonly description: ReactNode;
  readonly action?: ReactNode;
}

/** Nothing here yet, and what to do about it. */
export function PageEmpty({ title, description, action }: PageEmptyProps) {
  return (
    <div className="purse-page-state">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <div className="purse-empty-text">
            <div className="purse-empty-title">{title}</div>
            <div>{description}</div>
          </div>
        }
      >
        {action}
      </Empty>
    </div>
  );
}

export interface EmptyCardProps extends PageEmptyProps {
  /** The large button that adds the first item, when the screen has one. */
  readonly add?: { readonly label: string; readonly onClick: () => void };
}

/** A screen's card when it has nothing yet: what to do next, and the button that does it. */
export function EmptyCard({ add, action, ...empty }: EmptyCardProps) {
  return (
    <Card className="purse-card">
      <PageEmpty
        {...empty}
        action={add ? <AddButton size="large" label={add.label} onClick={add.onClick} /> : action}
      />
    </Card>
  );
}

export interface PageErrorProps {
  readonly error: PurseError;
  readonly onRetry?: () => void;
}

/** An error's own message under a title, with Retry when there is a way to try again. */
export function ErrorResult({
  title,
  error,
  onRetry,
}: PageErrorProps & { readonly title: ReactNode }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Result
      status="error"
      title={title}
      subTitle={describe(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}

/** A screen that could not load: the error's own message, and a way to try again. */
export function PageError({ error, onRetry }: PageErrorProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="purse-page-state">
      <ErrorResult title={t('pageState.errorTitle')} error={error} onRetry={onRetry} />
    </div>
  );
}

/** What a screen's query offers for its error state: the error, and a way to read it again. */
export interface RetryableQuery {
  readonly error: PurseError | null;
  readonly refetch: () => Promise<unknown>;
}

/** The error of the first of a screen's queries that failed, or null when none did. */
export function firstQueryError(queries: readonly RetryableQuery[]): PurseError | null {
  return queries.find((query) => query.error)?.error ?? null;
}

/**
 * A screen whose queries did not all load: the first error, and a retry that reads every one
 * of them again. Nothing when none failed.
 */
export function PageQueriesError({ queries }: { readonly queries: readonly RetryableQuery[] }) {
  const failed = firstQueryError(queries);
  if (!failed) return null;
  return (
    <PageError
      error={failed}
      onRetry={() => {
        for (const query of queries) void query.refetch();
      }}
    />
  );
}
