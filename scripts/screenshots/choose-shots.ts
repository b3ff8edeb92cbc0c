import { parseArgs } from 'node:util';
import { UI_LANGUAGES, type UiLanguage } from '../../test/e2e/support/ui-text';
import { AREAS } from './areas';
import { fileName, type Shot } from './shot';

/** A command line the tool cannot follow; its message is the one line to show. */
export class UsageError extends Error {}

const USAGE = 'usage: npm run screenshots [area…] [--lang en|zh-CN] [--only <part of a file name>]';

function isLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The shots the command line asks for: every area when it names none; `--lang` keeps one
 * language, `--only` the shots whose file name contains its text.
 */
export function chooseShots(args: readonly string[]): Shot[] {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { lang: { type: 'string' }, only: { type: 'string' } },
    });
  } catch (error) {
    // Node's message goes on to explain `--`; its first sentence is what went wrong.
    throw new UsageError(`${(error as Error).message.split('. ')[0]}. ${USAGE}`);
  }
  const { positionals: areas, values } = parsed;
  const known = Object.keys(AREAS);
  const unknown = areas.find((area) => !known.includes(area));
  if (unknown !== undefined) {
    throw new UsageError(`Unknown area “${unknown}”. Areas: ${known.join(', ')}.`);
  }
  const { lang, only } = values;
  if (lang !== undefined && !isLanguage(lang)) {
    throw new UsageError(`Unknown language “${lang}”. Languages: ${UI_LANGUAGES.join(', ')}.`);
  }
  return (areas.length > 0 ? areas : known)
    .flatMap((area) => AREAS[area] ?? [])
    .filter((shot) => lang === undefined || shot.language === lang)
    .filter((shot) => only === undefined || fileName(shot).includes(only));
}
