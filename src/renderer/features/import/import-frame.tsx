import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

/** The import screen's heading, above whatever state the import is in. */
export function ImportFrame({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      {children}
    </>
  );
}
