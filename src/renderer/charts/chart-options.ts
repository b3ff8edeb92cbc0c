import type { ChartType, TooltipItem } from 'chart.js';
import type { ChartTheme } from './use-chart-theme';

/** Legend and tooltip text in the theme's colours and font. */
export function basePlugins(theme: ChartTheme, format: (minor: number) => string) {
  return {
    legend: {
      position: 'bottom' as const,
      labels: {
        color: theme.text,
        font: { family: theme.fontFamily },
        boxWidth: 10,
        boxHeight: 10,
        usePointStyle: true,
        pointStyle: 'rectRounded' as const,
      },
    },
    tooltip: {
      callbacks: {
        label: (item: TooltipItem<ChartType>) => {
          const raw = item.raw;
          const value = typeof raw === 'number' ? raw : Number(item.parsed);
          const label = item.dataset.label ?? item.label;
          return `${label ? `${label}: ` : ''}${format(value)}`;
        },
      },
      titleFont: { family: theme.fontFamily },
      bodyFont: { family: theme.fontFamily },
    },
  };
}

function axes(theme: ChartTheme, format: (minor: number) => string) {
  const category = {
    ticks: { color: theme.textSecondary, font: { family: theme.fontFamily } },
    grid: { display: false },
    border: { color: theme.grid },
  };
  const money = {
    beginAtZero: true,
    ticks: {
      color: theme.textSecondary,
      font: { family: theme.fontFamily },
      callback: (value: string | number) => format(Number(value)),
    },
    grid: { color: theme.grid },
    border: { display: false },
  };
  return { category, money };
}

/** Months (or names) along the bottom, money up the side. */
export function moneyScales(theme: ChartTheme, format: (minor: number) => string) {
  const { category, money } = axes(theme, format);
  return { x: category, y: money };
}

/** Money along the bottom, names up the side: horizontal bars. */
export function horizontalMoneyScales(theme: ChartTheme, format: (minor: number) => string) {
  const { category, money } = axes(theme, format);
  return { x: money, y: category };
}
