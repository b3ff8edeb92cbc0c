import type { Rule, RuleApplied, RulePreview } from '../rules';
import * as r from '../rules';
import { byIdInput } from '../schemas';
import { CORRECTED_VIEWS } from './corrections';
import { read, write } from './define';
import { noInput } from '../corrections';

const RULE_VIEWS = ['rules.list', 'rules.preview'] as const;

/** Rules: conditions on a transaction and what they set, in the order they run. */
export const rulesMethods = {
  'rules.list': read<Rule[]>()('ledger', noInput),
  'rules.save': write<Rule>()('ledger', r.rulesSaveInput, { stale: RULE_VIEWS }),
  'rules.remove': write<null>()('ledger', byIdInput, { stale: RULE_VIEWS }),
  'rules.reorder': write<Rule[]>()('ledger', r.rulesReorderInput, { stale: RULE_VIEWS }),
  /** What a rule would change in a period: counts and the newest few. Changes nothing. */
  'rules.preview': read<RulePreview>()('ledger', r.rulesPreviewInput),
  /** One rule applied to a period's income and expenses as one undoable operation. */
  'rules.apply': write<RuleApplied>()('ledger', r.rulesApplyInput, {
    stale: [...CORRECTED_VIEWS, ...RULE_VIEWS],
  }),
} as const;
