import { Button, Collapse } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../shell/use-route';
import { sourceTopic, type HelpSource } from './help-sources';

export interface HelpSourcesSectionProps {
  /** The sources that match the search, in order. */
  readonly sources: readonly HelpSource[];
  /** A source opened by the address (`?topic=import-alipay`). */
  readonly linked?: HelpSource;
  /** Brings the section into view and puts focus on its heading (`?section=importing`). */
  readonly focus: boolean;
}

/** "Importing statements": one short entry per bank or wallet, each linking to Import. */
export function HelpSourcesSection({ sources, linked, focus }: HelpSourcesSectionProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<string[]>(linked ? [sourceTopic(linked)] : []);

  useEffect(() => {
    if (!focus && !linked) return;
    // After the shell has put focus at the top of the new screen (its effect runs after ours).
    const frame = requestAnimationFrame(() => {
      heading.current?.scrollIntoView({ block: 'start' });
      if (focus) heading.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, linked]);

  if (sources.length === 0) return null;
  return (
    <section className="purse-help__section" aria-labelledby="help-importing">
      <h2 id="help-importing" className="purse-help__section-title" ref={heading} tabIndex={-1}>
        {t('help.importing.title')}
      </h2>
      <p className="purse-help__section-intro">{t('help.importing.intro')}</p>
      <Collapse
        className="purse-help__topics"
        activeKey={open}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
        items={sources.map((source) => ({
          key: sourceTopic(source),
          label: (
            <h3 className="purse-help__source">{t(`help.importing.sources.${source}.title`)}</h3>
          ),
          children: (
            <div className="purse-help__answer" id={`help-${sourceTopic(source)}`}>
              {t(`help.importing.sources.${source}.body`)
                .split('\n')
                .map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              <div className="purse-help__fixes">
                <Button onClick={() => navigate('import')}>{t('help.importing.open')}</Button>
              </div>
            </div>
          ),
        }))}
      />
    </section>
  );
}
