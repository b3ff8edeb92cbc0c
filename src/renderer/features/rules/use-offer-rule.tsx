import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleProposal } from '../../../shared/rules';
import { navigate } from '../../shell/use-route';

const KEY = 'purse-rule-proposal';

/**
 * After the person moved a payee's transactions to the same category a second time: a notice
 * offering to make that a rule, which opens the rule dialog with the payee and category in.
 */
export function useOfferRule(): (proposal: RuleProposal, categoryName: string) => void {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  return (proposal, categoryName) =>
    notification.info({
      key: KEY,
      title: t('rules.propose.title'),
      description: t('rules.propose.body', { payee: proposal.payee, category: categoryName }),
      duration: 12,
      actions: (
        <Button
          type="primary"
          size="small"
          onClick={() => {
            notification.destroy(KEY);
            navigate('rules', { payee: proposal.payee, category: proposal.categoryId });
          }}
        >
          {t('rules.propose.make')}
        </Button>
      ),
    });
}
