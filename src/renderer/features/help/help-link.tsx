import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { hrefOf } from '../../shell/routes';
import { helpTopicOf, type HelpTopic } from './help-topics';

/** "How to fix this": opens the help centre's answer about an error, when there is one. */
export function HelpLink({
  code,
  topic,
}: {
  readonly code?: ErrorCode;
  readonly topic?: HelpTopic;
}) {
  const { t } = useTranslation();
  const target = topic ?? (code ? helpTopicOf(code) : undefined);
  if (!target) return null;
  return (
    <a className="purse-help-link" href={hrefOf('help', { topic: target })}>
      <QuestionCircleOutlined aria-hidden /> {t('help.link')}
    </a>
  );
}
