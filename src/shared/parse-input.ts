import type { z } from 'zod';
import { PurseError } from './errors';

/** Parses an input with its contract schema; a mismatch is a VALIDATION error with paths. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new PurseError(
    'VALIDATION',
    first ? `${first.path || 'input'}: ${first.message}` : 'The request is not valid.',
    undefined,
    issues,
  );
}
