import type { Page } from '@playwright/test';
import { buildPurseApi, type Invoke, type PurseApi } from '../../../src/shared/purse-api';
import type { MethodInput } from '../../../src/shared/contract';
import type { Account } from '../../../src/shared/domain';
import type { Result } from '../../../src/shared/result';

/** The zone the browser runs in (playwright.config.ts); calls that write dates name it. */
export const TIME_ZONE = 'Asia/Shanghai';

type Unwrapped<Call> = Call extends (...input: infer Input) => Promise<Result<infer Value>>
  ? (...input: Input) => Promise<Value>
  : never;

/** window.purse as the test sees it: the same calls, resolving to their values. */
export type PurseCalls = {
  readonly [Domain in keyof PurseApi]: {
    readonly [Verb in keyof PurseApi[Domain]]: Unwrapped<PurseApi[Domain][Verb]>;
  };
};

type PurseInPage = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;

function callInPage(call: { method: string; input: unknown }): Promise<Result<unknown>> {
  const [domain = '', verb = ''] = call.method.split('.');
  const purse = (globalThis as unknown as { purse: PurseInPage }).purse;
  return purse[domain]![verb]!(call.input);
}

/**
 * window.purse, called from the test for what a test is not about (seeding, counting): each
 * call runs in the page and resolves to its value; a refusal throws with the ledger's message.
 * The UI's cache does not know about writes: reload afterwards.
 */
export function purseIn(page: Page): PurseCalls {
  const invoke = async (method: string, input: unknown): Promise<unknown> => {
    const result = await page.evaluate(callInPage, { method, input });
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  // The same nesting as window.purse; only what each call resolves to differs.
  return buildPurseApi(invoke as unknown as Invoke) as unknown as PurseCalls;
}

type AccountInput = MethodInput<'accounts.create'>;
/** An account as of today, in yuan unless it says otherwise. */
export type NewAccount = Omit<AccountInput, 'currency' | 'timeZone'> &
  Partial<Pick<AccountInput, 'currency'>>;

/** Creates the accounts, in order; returns them by the same keys. */
export async function createAccounts<Key extends string>(
  purse: PurseCalls,
  accounts: Record<Key, NewAccount>,
): Promise<Record<Key, Account>> {
  const created: Partial<Record<Key, Account>> = {};
  for (const [key, account] of Object.entries(accounts) as [Key, NewAccount][]) {
    created[key] = await purse.accounts.create({
      currency: 'CNY',
      timeZone: TIME_ZONE,
      ...account,
    });
  }
  return created as Record<Key, Account>;
}

/** Looks up a built-in category's id by its key ('food', 'salary', 'utilities'…). */
export async function builtinCategories(purse: PurseCalls): Promise<(builtin: string) => string> {
  const categories = await purse.categories.list();
  return (builtin) => {
    const found = categories.find((category) => category.builtin === builtin);
    if (!found) throw new Error(`no built-in category ${builtin}`);
    return found.id;
  };
}
