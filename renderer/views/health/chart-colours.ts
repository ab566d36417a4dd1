// The theme's colours as the canvas needs them. The stylesheet's colours are light-dark() pairs
// that only an element resolves, so each is read from a probe styled with it, inside the chart's
// own element, where the light or dark scheme applies.
import type { ChartColours } from './history-chart';

const themeVariables: Record<keyof ChartColours, string> = {
  value: '--accent',
  target: '--critical-text',
  text: '--muted',
  grid: '--border',
  critical: '--critical-text',
  warning: '--warning-text',
};

export function chartColours(host: HTMLElement): ChartColours {
  const probe = host.ownerDocument.createElement('span');
  host.append(probe);
  const read = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const colours = Object.fromEntries(
    Object.entries(themeVariables).map(([role, variable]) => [role, read(variable)]),
  ) as Record<keyof ChartColours, string>;
  probe.remove();
  return colours;
}
