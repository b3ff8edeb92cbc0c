import { Alert, Checkbox, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../components/titled-section';
import { STATEMENT_ENCODINGS } from '../../../shared/import/decode';
import { DELIMITERS } from '../../../shared/import/detect-layout';
import type { ReadingChoice, StatementShape } from '../../../shared/import/read-statement';
import { cleanCell } from '../../../shared/import/normalize';

const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

export interface ReadingSettingsProps {
  readonly shape: StatementShape;
  readonly onReading: (choice: ReadingChoice) => void;
  readonly disabled: boolean;
  /** The person has looked at what detection could not decide. */
  readonly confirmed: boolean;
  readonly onConfirmed: (confirmed: boolean) => void;
}

/**
 * How the file's bytes were read: encoding, separator and header row, each as detected and
 * each changeable (the first rows are read again at once). What the detection could not
 * decide is named, and the person confirms it before the file is read.
 */
export function ReadingSettings(props: ReadingSettingsProps) {
  const { shape, onReading, disabled, confirmed, onConfirmed } = props;
  const { t } = useTranslation();
  const headerOptions = [
    { value: 0, label: t('import.readingAs.noHeader') },
    ...shape.headLines.map((record) => ({
      value: record.line,
      label: t('import.readingAs.lineLabel', {
        line: record.line,
        text: record.cells.map(cleanCell).filter(Boolean).slice(0, 4).join(' · ').slice(0, 60),
      }),
    })),
  ];
  return (
    <TitledSection
      title={t('import.readingAs.title')}
      titleClassName="purse-import-h2"
      testId="import-reading"
    >
      <Form layout="vertical">
        <Space wrap size="large" align="start">
          <Form.Item label={t('import.encoding')} htmlFor="import-encoding">
            <Select
              id="import-encoding"
              value={shape.encoding}
              style={{ minInlineSize: 160 }}
              disabled={disabled}
              options={STATEMENT_ENCODINGS.map((encoding) => ({
                value: encoding,
                label: t(`import.readingAs.encodings.${encoding}`),
              }))}
              onChange={(encoding) => onReading({ encoding })}
            />
          </Form.Item>
          <Form.Item label={t('import.readingAs.delimiter')} htmlFor="import-delimiter">
            <Select
              id="import-delimiter"
              value={shape.delimiter}
              style={{ minInlineSize: 160 }}
              disabled={disabled}
              options={DELIMITERS.map((delimiter) => ({
                value: delimiter,
                label: t(`import.readingAs.delimiters.${DELIMITER_KEYS[delimiter]}`),
              }))}
              onChange={(delimiter) => onReading({ encoding: shape.encoding, delimiter })}
            />
          </Form.Item>
          <Form.Item label={t('import.readingAs.header')} htmlFor="import-header-line">
            <Select
              id="import-header-line"
              value={shape.hasHeader ? shape.headerLine : 0}
              style={{ minInlineSize: 280 }}
              disabled={disabled}
              options={headerOptions}
              onChange={(headerLine) =>
                onReading({ encoding: shape.encoding, delimiter: shape.delimiter, headerLine })
              }
            />
          </Form.Item>
        </Space>
      </Form>
      {shape.ambiguous.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-ambiguous"
          title={t('import.readingAs.ambiguousTitle')}
          description={
            <>
              <ul className="purse-import-notes">
                {shape.ambiguous.map((what) => (
                  <li key={what}>{t(`import.readingAs.ambiguous.${what}`)}</li>
                ))}
              </ul>
              <Checkbox checked={confirmed} onChange={(e) => onConfirmed(e.target.checked)}>
                {t('import.readingAs.confirm')}
              </Checkbox>
            </>
          }
        />
      ) : null}
    </TitledSection>
  );
}
