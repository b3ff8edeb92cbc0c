import { Button, Card, Collapse, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PageEmpty } from '../../components/page-state';
import { UI_LANGUAGES } from '../../i18n/ui-language';
import { navigate } from '../../shell/use-route';
import { matchesQuery } from './help-search';
import { HELP_FIXES, HELP_TOPICS, isHelpTopic, type HelpTopic } from './help-topics';
import './help.css';

/**
 * The help centre (#/help): answers to what people ask of a wallet, searchable in Chinese
 * and English whichever language the UI shows. `?topic=` opens one answer (error messages
 * elsewhere link here).
 */
export function HelpPage({ params }: { readonly params: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const linked = params.get('topic');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string[]>(isHelpTopic(linked) ? [linked] : []);

  // Each answer's words in every language, so "PIN" and "密码" both find it.
  const haystacks = useMemo(() => {
    const fixed = UI_LANGUAGES.map((language) => i18n.getFixedT(language));
    return new Map(
      HELP_TOPICS.map((topic) => [
        topic,
        fixed
          .map((tr) =>
            (['title', 'body', 'keywords'] as const).map((part) =>
              tr(`help.topics.${topic}.${part}`),
            ),
          )
          .flat()
          .join('\n'),
      ]),
    );
  }, [i18n]);

  const found = HELP_TOPICS.filter((topic) => matchesQuery(haystacks.get(topic) ?? '', query));

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
          autoFocus={!linked}
        />
        <p className="purse-help__count" role="status" aria-live="polite">
          {query.trim() ? t('help.found', { count: found.length }) : t('help.all')}
        </p>
        {found.length === 0 ? (
          <PageEmpty
            title={t('help.noMatchTitle', { query: query.trim() })}
            description={t('help.noMatch')}
            action={<Button onClick={() => setQuery('')}>{t('help.showAll')}</Button>}
          />
        ) : (
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
        )}
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
