import { Alert } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-state';
import { renderPdfPages } from './render-pdf';

/** Pages drawn at most: a receipt is a page or two; a long document says how many more. */
export const PDF_PAGES_SHOWN = 10;

/**
 * A PDF receipt drawn page by page onto canvases inside Purse by pdf.js (no plugin, no
 * frame, no other program), so the page's policy stays as strict as it is. A file pdf.js
 * cannot read says so instead.
 */
export function PdfPreview({ base64, name }: { readonly base64: string; readonly name: string }) {
  const { t } = useTranslation();
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'shown'; total: number } | { status: 'failed' }
  >({ status: 'loading' });
  useEffect(() => {
    const into = pages.current;
    if (!into) return;
    const drawing = renderPdfPages(base64, into, PDF_PAGES_SHOWN, (page) =>
      t('attachments.pdfPage', { page, name }),
    );
    drawing.done.then(
      (total) => setState({ status: 'shown', total }),
      () => setState({ status: 'failed' }),
    );
    return () => drawing.cancel();
  }, [base64, name, t]);
  return (
    <div className="purse-attachment-viewer__pdf">
      {state.status === 'loading' ? <PageLoading /> : null}
      {state.status === 'failed' ? (
        <Alert type="warning" showIcon title={t('attachments.pdfUnreadable', { name })} />
      ) : null}
      <div ref={pages} className="purse-attachment-viewer__pages" />
      {state.status === 'shown' && state.total > PDF_PAGES_SHOWN ? (
        <p className="purse-attachment-viewer__more">
          {t('attachments.pdfMorePages', { shown: PDF_PAGES_SHOWN, total: state.total })}
        </p>
      ) : null}
    </div>
  );
}
