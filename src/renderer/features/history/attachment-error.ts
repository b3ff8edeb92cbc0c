import type { TFunction } from 'i18next';
import type { PurseError } from '../../../shared/errors';
import type { DescribableError } from '../../i18n/describe-error';

/**
 * What a refused attachment tells the person, naming what is wrong: the file is not what its
 * name says, it is too large or empty, its name is too long, or the transaction has ten.
 */
export function attachmentErrorText(
  error: Pick<PurseError, 'code' | 'details' | 'issues'>,
  t: TFunction,
  describe: (error: DescribableError) => string,
): string {
  const { code, details } = error;
  if (code === 'LIMIT_EXCEEDED') return t('attachments.errors.tooMany');
  if (code !== 'VALIDATION') return describe({ code, details });
  const reason = details?.['reason'];
  if (reason === 'mismatch' || reason === 'unknown')
    return t('attachments.errors.notWhatItSays', { name: String(details?.['name'] ?? '') });
  const field = details?.['field'] ?? error.issues?.[0]?.path;
  if (field === 'bytes') return t('attachments.errors.tooLarge');
  if (field === 'name') return t('attachments.errors.badName');
  return describe({ code, details });
}
