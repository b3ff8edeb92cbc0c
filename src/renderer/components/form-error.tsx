import { Alert } from 'antd';
import type { PurseError } from '../../shared/errors';
import { useDescribeError } from './use-describe-error';

/** Why the ledger refused a request, in the UI language. */
export function FormError({ error }: { readonly error: PurseError | null }) {
  const describe = useDescribeError();
  if (!error) return null;
  return (
    <Alert
      className="purse-form-error"
      type="error"
      showIcon
      title={describe(error)}
      data-error-code={error.code}
    />
  );
}
