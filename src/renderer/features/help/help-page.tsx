import { Button, Card, Collapse, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PageEmpty } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { matchesQuery } from './help-search';
import { HELP_SOURCES, IMPORTING_SECTION, sourceOfTopic, type HelpSource } from './help-sources';
import { HelpSourcesSection } from './help-sources-section';
import { HELP_FIXES, HELP_TOPICS, isHelpTopic, type HelpTopic } from './help-topics';
import { useHelpHaystacks, type EntryTexts } from './use-help-haystacks';
import './help.css';

const topicTexts: EntryTexts<HelpTopic> = (tr, topic) => [
  tr(`help.topics.${topic}.title`),
  tr(`help.topics.${topic}.body`),
  tr(`help.topics.${topic}.keywords`),
];
const sourceTexts: EntryTexts<HelpSource> = (tr, source) => [
  tr(`help.importing.sources.${source}.title`),
  tr(`help.importing.sources.${source}.body`),
  tr(`help.importing.sources.${source}.keywords`),
];

/**
 * The help centre (#/help): answers to what people ask of a wallet, searchable in Chinese
 * and English whichever language the UI shows. `?topic=` opens one answer (error messages
 * elsewhere link here); `?section=importing` opens at "Importing statements" (Import links
 * there).
 */
export function HelpPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const linked = params.get('topic');
  const linkedSource = sourceOfTopic(linked);
  const toSection = params.get('section') === IMPORTING_SECTION;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string[]>(isHelpTopic(linked) ? [linked] : []);

  const haystacks = useHelpHaystacks(HELP_TOPICS, topicTexts);
  const sourceHaystacks = useHelpHaystacks(HELP_SOURCES, sourceTexts);
  const found = HELP_TOPICS.filter((topic) => matchesQuery(haystacks.get(topic) ?? '', query));
  const sources = HELP_SOURCES.filter((source) =>
    matchesQuery(sourceHaystacks.get(source) ?? '', query),
  );

  return (
    <>
      <PageHeader title={t('help.title')} subtitle={t('help.subtitle')} />
      <Card className="purse-card purse-help">
        <Input.Search
          className="purse-help__search"
          aria-label={t('help.searchLabel')}
          placeholder={t('help.searchPlaceholder')}
          allowClear
          size="large"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoFocus={!linked && !toSection}
        />
        <p className="purse-help__count" role="status" aria-live="polite">
          {query.trim() ? t('help.found', { count: found.length + sources.length }) : t('help.all')}
        </p>
        {found.length + sources.length === 0 ? (
          <PageEmpty
            title={t('help.noMatchTitle', { query: query.trim() })}
            description={t('help.noMatch')}
            action={<Button onClick={() => setQuery('')}>{t('help.showAll')}</Button>}
          />
        ) : null}
        {found.length > 0 ? (
          <Collapse
            className="purse-help__topics"
            activeKey={open}
            onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
            items={found.map((topic) => ({
              key: topic,
              label: <h2 className="purse-help__question">{t(`help.topics.${topic}.title`)}</h2>,
              children: <HelpAnswer topic={topic} />,
            }))}
          />
        ) : null}
        <HelpSourcesSection
          sources={sources}
          focus={toSection}
          {...(linkedSource ? { linked: linkedSource } : {})}
        />
      </Card>
    </>
  );
}

function HelpAnswer({ topic }: { readonly topic: HelpTopic }) {
  const { t } = useTranslation();
  const paragraphs = t(`help.topics.${topic}.body`).split('\n');
  return (
    <div className="purse-help__answer" id={`help-${topic}`}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <div className="purse-help__fixes">
        {HELP_FIXES[topic].map((fix) => (
          <Button key={fix.label} onClick={() => navigate(fix.area, fix.params)}>
            {t(`help.fix.${fix.label}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
