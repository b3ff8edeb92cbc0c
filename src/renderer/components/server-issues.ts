import type { FormInstance } from 'antd';
import type { PurseError } from '../../shared/errors';

/**
 * Marks the fields a VALIDATION refusal names (its issue paths), so the person sees where to
 * look; the message itself is shown once, above the buttons.
 */
export function markServerIssues(
  form: FormInstance,
  error: PurseError,
  fields: readonly string[],
  message: string,
): void {
  if (error.code !== 'VALIDATION' || !error.issues) return;
  const named = new Set(error.issues.map((issue) => issue.path.split('.')[0] ?? ''));
  form.setFields(
    fields.filter((field) => named.has(field)).map((field) => ({ name: field, errors: [message] })),
  );
}
