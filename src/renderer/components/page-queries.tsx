import type { ReactNode } from 'react';
import type { PurseError } from '../../shared/errors';
import { PageError, PageLoading } from './page-state';

/** What a screen needs of each read it waits on. */
export interface PageQuery {
  readonly isError: boolean;
  readonly error: PurseError | null;
  readonly refetch: () => unknown;
  /** Undefined until the read is in. */
  readonly data: unknown;
}

export interface PageQueriesProps<T> {
  readonly queries: readonly PageQuery[];
  /** What the screen shows; it waits (a skeleton) while this or any read is undefined. */
  readonly data: T | undefined;
  readonly loadingRows?: number;
  readonly children: (data: T) => ReactNode;
}

/**
 * A screen's reads: the first one that failed (and a retry of them all), a skeleton while
 * they load, then the screen itself.
 */
export function PageQueries<T>({ queries, data, loadingRows, children }: PageQueriesProps<T>) {
  const failed = queries.find((query) => query.isError);
  if (failed?.error) {
    return (
      <PageError
        error={failed.error}
        onRetry={() => queries.forEach((query) => void query.refetch())}
      />
    );
  }
  if (data === undefined || queries.some((query) => query.data === undefined)) {
    return <PageLoading rows={loadingRows} />;
  }
  return children(data);
}
