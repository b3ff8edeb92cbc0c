import { theme } from 'antd';
import { useMemo } from 'react';

export interface ChartTheme {
  readonly text: string;
  readonly textSecondary: string;
  readonly grid: string;
  readonly background: string;
  readonly fontFamily: string;
  /** Distinct series colours, readable on the current background. */
  readonly palette: readonly string[];
  readonly income: string;
  readonly expense: string;
  readonly net: string;
  readonly budget: string;
}

/** Chart colours from antd's theme tokens, so charts follow light and dark mode. */
export function useChartTheme(): ChartTheme {
  const { token } = theme.useToken();
  return useMemo(
    () => ({
      text: token.colorText,
      textSecondary: token.colorTextSecondary,
      grid: token.colorBorderSecondary,
      background: token.colorBgContainer,
      fontFamily: token.fontFamily,
      palette: [
        token.blue,
        token.green,
        token.gold,
        token.magenta,
        token.cyan,
        token.volcano,
        token.purple,
        token.lime,
        token.geekblue,
        token.orange,
        token.red,
        token.pink,
      ],
      income: token.colorSuccess,
      expense: token.colorError,
      net: token.colorPrimary,
      budget: token.colorTextTertiary,
    }),
    [token],
  );
}
