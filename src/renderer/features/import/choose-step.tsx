import { InboxOutlined } from '@ant-design/icons';
import { Form, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { AccountSelect } from '../../components/account-select';

/**
 * What the file picker offers: CSV and text exports, OFX and Quicken's QFX, QIF, and ISO
 * 20022 statements (XML, or the .052/.053 some banks name them). The file is then read by
 * its content, whatever it is called.
 */
const STATEMENT_TYPES = [
  '.csv',
  '.txt',
  '.ofx',
  '.qfx',
  '.qif',
  '.xml',
  '.052',
  '.053',
  'text/csv',
  'text/plain',
  'application/x-ofx',
  'application/ofx',
  'application/vnd.intu.qfx',
  'application/x-qfx',
  'application/qif',
  'application/x-qif',
  'application/xml',
  'text/xml',
].join(',');

export interface ChooseStepProps {
  readonly accounts: readonly Account[];
  readonly accountId: string | undefined;
  readonly onAccount: (id: string) => void;
  readonly onFile: (file: File) => void;
  readonly busy: boolean;
}

/** Step 1: the account the statement belongs to, and the file. */
export function ChooseStep({ accounts, accountId, onAccount, onFile, busy }: ChooseStepProps) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" className="purse-import-choose">
      <Form.Item label={t('import.account')} htmlFor="import-account">
        <AccountSelect
          id="import-account"
          accounts={accounts}
          value={accountId}
          onChange={onAccount}
          placeholder={t('import.accountPlaceholder')}
        />
      </Form.Item>
      <Upload.Dragger
        accept={STATEMENT_TYPES}
        multiple={false}
        showUploadList={false}
        disabled={!accountId || busy}
        beforeUpload={(file) => {
          onFile(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">
          {accountId ? t('import.drop') : t('import.chooseAccountFirst')}
        </p>
        <p className="ant-upload-hint">{t('import.dropHint')}</p>
      </Upload.Dragger>
      {busy ? <p role="status">{t('import.inspecting')}</p> : null}
    </Form>
  );
}
