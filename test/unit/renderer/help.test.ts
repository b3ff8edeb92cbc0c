import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/i18n/en.json';
import zhCN from '../../../src/renderer/i18n/zh-CN.json';
import { matchesQuery } from '../../../src/renderer/features/help/help-search';
import {
  HELP_FIXES,
  HELP_TOPICS,
  helpTopicOf,
  type HelpTopic,
} from '../../../src/renderer/features/help/help-topics';
import {
  HELP_SOURCES,
  sourceOfTopic,
  sourceTopic,
  type HelpSource,
} from '../../../src/renderer/features/help/help-sources';
import { AREAS } from '../../../src/renderer/shell/routes';

type TopicText = { title: string; body: string; keywords: string };
const texts = (catalogue: typeof en, topic: HelpTopic): TopicText =>
  (catalogue.help.topics as Record<string, TopicText>)[topic]!;

/** What the help page searches: each answer in both languages. */
function search(query: string): HelpTopic[] {
  return HELP_TOPICS.filter((topic) =>
    matchesQuery(
      [en, zhCN as typeof en]
        .map((catalogue) => Object.values(texts(catalogue, topic)).join('\n'))
        .join('\n'),
      query,
    ),
  );
}

describe('help search', () => {
  it('finds the forgotten-PIN answer in English and in Chinese, with or without spaces', () => {
    expect(search('forgot PIN')).toContain('forgot-pin');
    expect(search('忘记密码')).toContain('forgot-pin');
    expect(search('忘记了支付密码')).toContain('forgot-pin');
    expect(search('恢复码')).toContain('forgot-pin');
  });

  it('finds answers in the other language than the one shown', () => {
    expect(search('备份')).toEqual(['export-backup']);
    expect(search('backup')).toEqual(['export-backup']);
    expect(search('二维码')).toEqual(['payment-requests']);
  });

  it('narrows with every word typed and shows everything for an empty query', () => {
    expect(search('')).toHaveLength(HELP_TOPICS.length);
    expect(search('payment failed').length).toBeGreaterThanOrEqual(4);
    expect(search('payment failed archived')).toEqual(['archived-account']);
    expect(search('余额不足')).toEqual(['insufficient-funds']);
  });

  it('finds nothing for words no answer uses', () => {
    expect(search('zebra crossing')).toEqual([]);
    expect(search('天气预报')).toEqual([]);
  });
});

describe('help topics', () => {
  it('have a question, an answer and search words in both languages', () => {
    for (const topic of HELP_TOPICS) {
      for (const catalogue of [en, zhCN as typeof en]) {
        const text = texts(catalogue, topic);
        expect(text.title.length).toBeGreaterThan(3);
        expect(text.body.length).toBeGreaterThan(40);
        expect(text.keywords.length).toBeGreaterThan(3);
      }
    }
  });

  it('each link to a screen of the app where the advice is carried out', () => {
    for (const topic of HELP_TOPICS) {
      expect(HELP_FIXES[topic].length).toBeGreaterThan(0);
      for (const fix of HELP_FIXES[topic]) {
        expect(AREAS).toContain(fix.area);
        expect((en.help.fix as Record<string, string>)[fix.label]).toBeTruthy();
      }
    }
  });

  it('answer the payment refusals people can fix themselves', () => {
    expect(helpTopicOf('INSUFFICIENT_FUNDS')).toBe('insufficient-funds');
    expect(helpTopicOf('LIMIT_EXCEEDED')).toBe('over-limit');
    expect(helpTopicOf('PIN_LOCKED')).toBe('pin-locked');
    expect(helpTopicOf('ACCOUNT_ARCHIVED')).toBe('archived-account');
    expect(helpTopicOf('INTERNAL')).toBeUndefined();
  });
});

type SourceText = { title: string; body: string; keywords: string };
const sourceTexts = (catalogue: typeof en, source: HelpSource): SourceText =>
  (catalogue.help.importing.sources as Record<string, SourceText>)[source]!;

/** What the "Importing statements" section searches: each source in both languages. */
function searchSources(query: string): HelpSource[] {
  return HELP_SOURCES.filter((source) =>
    matchesQuery(
      [en, zhCN as typeof en]
        .map((catalogue) => Object.values(sourceTexts(catalogue, source)).join('\n'))
        .join('\n'),
      query,
    ),
  );
}

describe('help on importing statements', () => {
  it('has a short entry for every source in both languages', () => {
    expect(HELP_SOURCES).toEqual([
      'alipay',
      'wechat',
      'cn-bank',
      'ofx',
      'qif',
      'camt053',
      'de-bank',
      'nl-bank',
      'uk-bank',
    ]);
    for (const source of HELP_SOURCES) {
      for (const catalogue of [en, zhCN as typeof en]) {
        const text = sourceTexts(catalogue, source);
        expect(text.title.length, source).toBeGreaterThan(1);
        expect(text.body.length, source).toBeGreaterThan(60);
        expect(text.body.length, `${source} stays short`).toBeLessThan(600);
        expect(text.keywords.length, source).toBeGreaterThan(3);
      }
    }
  });

  it('gives the Alipay and WeChat Pay menu paths in both languages', () => {
    expect(sourceTexts(en, 'alipay').body).toContain('我的');
    expect(sourceTexts(en, 'alipay').body).toContain('开具交易流水证明');
    expect(sourceTexts(zhCN as typeof en, 'alipay').body).toContain('我的 → 账单');
    expect(sourceTexts(zhCN as typeof en, 'wechat').body).toContain(
      '我 → 服务 → 钱包 → 账单 → 常见问题 → 下载账单',
    );
  });

  it('finds each source by the words people know it by, in either language', () => {
    expect(searchSources('微信')).toEqual(['wechat']);
    expect(searchSources('alipay')).toEqual(['alipay']);
    expect(searchSources('quicken money')).toContain('ofx');
    expect(searchSources('MT940')).toEqual(['camt053']);
    expect(searchSources('Soll Haben')).toEqual(['de-bank']);
    expect(searchSources('Bij')).toEqual(['nl-bank']);
    expect(searchSources('paid out')).toEqual(['uk-bank']);
    expect(searchSources('借方')).toEqual(['cn-bank']);
    expect(searchSources('zebra crossing')).toEqual([]);
  });

  it('opens a source from the address by its topic name', () => {
    expect(sourceTopic('wechat')).toBe('import-wechat');
    expect(sourceOfTopic('import-camt053')).toBe('camt053');
    expect(sourceOfTopic('forgot-pin')).toBeUndefined();
    expect(sourceOfTopic(null)).toBeUndefined();
  });
});
