import type { ParsedInput } from '../../shared/contract';
import type { Settings } from '../../shared/domain';
import { settingsSchema } from '../../shared/schemas';
import type { EngineContext } from './context';

export const DEFAULT_SETTINGS: Settings = {
  locale: 'system',
  theme: 'system',
  defaultCurrency: 'CNY',
};

export async function getSettings(ctx: EngineContext): Promise<Settings> {
  const row = await ctx.db.meta.get('settings');
  const parsed = settingsSchema.safeParse(row?.value);
  return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
}

export async function updateSettings(
  ctx: EngineContext,
  input: ParsedInput<'settings.update'>,
): Promise<Settings> {
  return ctx.db.transaction('rw', [ctx.db.meta], async () => {
    const next: Settings = { ...(await getSettings(ctx)), ...stripUndefined(input) };
    await ctx.db.meta.put({ key: 'settings', value: next });
    return next;
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
