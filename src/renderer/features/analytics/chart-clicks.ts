import type { ActiveElement, ChartEvent } from 'chart.js';

/**
 * Chart.js options that make a chart's segments or bars clickable: a pointer over one, and
 * `open` with its index when one is clicked.
 */
export function clickableElements(open: (index: number) => void) {
  return {
    onHover: (event: ChartEvent, elements: ActiveElement[]) => {
      const target = event.native?.target;
      if (target instanceof HTMLElement)
        target.style.cursor = elements.length ? 'pointer' : 'default';
    },
    onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
      const index = elements[0]?.index;
      if (index !== undefined) open(index);
    },
  };
}
