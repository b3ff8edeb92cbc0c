import { theme, type ThemeConfig } from 'antd';

const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

const shared: ThemeConfig['token'] = {
  colorPrimary: '#1668dc',
  borderRadius: 8,
  fontFamily: FONT_FAMILY,
};

/** Purse's antd theme: the same tokens in light and dark. */
export function themeConfig(dark: boolean): ThemeConfig {
  return {
    algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: dark ? { ...shared, colorBgLayout: '#101114' } : { ...shared, colorBgLayout: '#f4f5f7' },
    components: {
      Layout: dark
        ? { siderBg: '#17181c', headerBg: '#17181c' }
        : { siderBg: '#ffffff', headerBg: '#ffffff' },
      Menu: dark ? { itemBg: '#17181c' } : { itemBg: '#ffffff' },
    },
  };
}
