import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountKind } from '../../../shared/domain';
import { AddButton } from '../../components/add-button';
import { PageEmpty } from '../../components/page-state';
import { AccountCreateDialog } from './account-create-dialog';

/** Shown where money needs an account (or two) and the person has not enough yet. */
export function NeedsAccount({
  title,
  description,
  kind,
}: {
  readonly title: string;
  readonly description: string;
  /** The kind of account the new one should start as (a bank card for top-ups). */
  readonly kind?: AccountKind;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <Card className="purse-card">
      <PageEmpty
        title={title}
        description={description}
        action={<AddButton label={t('accounts.add')} onClick={() => setCreating(true)} />}
      />
      <AccountCreateDialog
        open={creating}
        onClose={() => setCreating(false)}
        {...(kind ? { initialKind: kind } : {})}
      />
    </Card>
  );
}
