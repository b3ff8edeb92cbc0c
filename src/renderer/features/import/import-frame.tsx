import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { PageHeader } from '../../components/page-header';
import { hrefOf } from '../../shell/routes';

/**
 * The import screen's heading, above whatever state the import is in, with a link to Help's
 * "Importing statements" (how to export from each bank and wallet).
 */
export function ImportFrame({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        extra={
          <a href={hrefOf('help', { section: 'importing' })}>
            <QuestionCircleOutlined aria-hidden /> {t('import.howToExport')}
          </a>
        }
      />
      {children}
    </>
  );
}
