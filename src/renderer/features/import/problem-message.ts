import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../../shared/import/read-statement';

/** A whole-file problem in the person's language. */
export function useProblemMessage(): (problem: FileProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.code) {
      case 'not-csv':
        return t('import.problem.not-csv', { kind: t(`import.notCsvKinds.${problem.kind}`) });
      case 'missing-column': {
        const role = t(`import.roles.${problem.role}`);
        return problem.column
          ? t('import.problem.missing-column-named', { role, column: problem.column })
          : t('import.problem.missing-column', { role });
      }
      case 'ofx-unclosed':
        return t('import.problem.ofx-unclosed', { tag: problem.tag });
      case 'qif-unknown-section':
      case 'qif-investment':
        return t(`import.problem.${problem.code}`, { section: problem.section });
      case 'wrong-currency':
        return t('import.problem.wrong-currency', {
          found: problem.found,
          expected: problem.expected,
        });
      case 'xml-invalid':
      case 'no-statement':
      case 'several-accounts':
      case 'no-entries':
      case 'structured-too-large':
        return t(`import.problem.${problem.code}`, {
          ...problem,
          format: t(`import.formatNames.${problem.format}`),
        });
      default:
        return t(`import.problem.${problem.code}`);
    }
  };
}
