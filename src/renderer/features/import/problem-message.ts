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
      default:
        return t(`import.problem.${problem.code}`);
    }
  };
}
