import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { FormError } from '../../components/form-error';
import { SectionCard } from '../../components/section-card';

/**
 * Settings → Check the ledger: the full check (every transaction balances; cached balances
 * and monthly totals equal the postings), on demand. Purse also runs it daily and before
 * each snapshot; the quick check at start stays cheap so a large ledger opens fast.
 */
export function LedgerCheckCard() {
  const { t } = useTranslation();
  const verify = usePurseMutation('ledger.verify');
  const report = verify.data;
  return (
    <SectionCard title={t('ledgerCheck.title')}>
      <Typography.Paragraph type="secondary">{t('ledgerCheck.body')}</Typography.Paragraph>
      {report ? (
        <Alert
          className="purse-form-error"
          role="status"
          type={report.ok ? 'success' : 'error'}
          showIcon
          title={
            report.ok
              ? t('ledgerCheck.ok', {
                  transactions: report.checked.transactions,
                  accounts: report.checked.accounts,
                })
              : t('ledgerCheck.problems', { count: report.problems.length })
          }
          {...(report.ok
            ? {}
            : {
                description: (
                  <>
                    <ul className="purse-ledger-problems">
                      {report.problems.slice(0, 10).map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                    <p>{t('ledgerCheck.whatNow')}</p>
                  </>
                ),
              })}
        />
      ) : null}
      <FormError error={verify.error} />
      <Button loading={verify.isPending} onClick={() => verify.mutate(undefined)}>
        {t('ledgerCheck.run')}
      </Button>
    </SectionCard>
  );
}
