import { Alert } from 'antd';
import type { PurseError } from '../../shared/errors';
import { HelpLink } from '../features/help/help-link';
import { helpTopicOf } from '../features/help/help-topics';
import { useDescribeError } from './use-describe-error';

/** Why the ledger refused a request, in the UI language, with a link to the answer in Help. */
export function FormError({ error }: { readonly error: PurseError | null }) {
  const describe = useDescribeError();
  if (!error) return null;
  return (
    <Alert
      className="purse-form-error"
      type="error"
      showIcon
      title={describe(error)}
      description={helpTopicOf(error.code) ? <HelpLink code={error.code} /> : undefined}
      data-error-code={error.code}
    />
  );
}
