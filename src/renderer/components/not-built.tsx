import { Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** An area of Purse that has no screen yet: said plainly, with no pretend data. */
export function NotBuilt() {
  const { t } = useTranslation();
  return (
    <Result
      icon={<ToolOutlined aria-hidden />}
      title={t('pageState.notBuiltTitle')}
      subTitle={t('pageState.notBuilt')}
    />
  );
}
