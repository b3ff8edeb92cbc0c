/**
 * The help centre's "Importing statements" section: how to export a statement from each
 * common bank or wallet and bring it in on Import. Text lives in the catalogues under
 * help.importing.sources.
 */
export const HELP_SOURCES = [
  'alipay',
  'wechat',
  'cn-bank',
  'ofx',
  'qif',
  'camt053',
  'de-bank',
  'nl-bank',
  'uk-bank',
] as const;
export type HelpSource = (typeof HELP_SOURCES)[number];

/** `#/help?section=importing` opens the help centre at this section (the import screen links it). */
export const IMPORTING_SECTION = 'importing';

/** A source's id as `?topic=` names it: `import-alipay`. */
export function sourceTopic(source: HelpSource): string {
  return `import-${source}`;
}

export function sourceOfTopic(topic: string | null): HelpSource | undefined {
  return HELP_SOURCES.find((source) => sourceTopic(source) === topic);
}
