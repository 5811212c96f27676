import type { ComparedAudit, Locale } from '@praxisnetz/shared';
import { charting } from './charting.ts';
import { mapTexts } from './map-texts.ts';

/**
 * The comparison across cities as an SVG bar chart drawn by Observable Plot on the server (a
 * linkedom document stands in for the browser's): one bar per audit with its 95 % interval, a
 * hatched look for cities that asked their own item mapped to the standard one.
 */
export async function renderComparison(items: ComparedAudit[], opts: { title: string; locale: Locale }): Promise<string> {
  const [Plot, { parseHTML }] = await charting();
  const t = mapTexts[opts.locale];
  const format = new Intl.NumberFormat(opts.locale, { maximumFractionDigits: 1 });
  const data = items
    .filter((i) => i.value !== null)
    .map((i) => ({
      label: `${i.city.name} ${i.year}${i.item === 'mapped' ? ' *' : ''}`,
      value: i.value!,
      low: Math.max(0, i.value! - (i.margin ?? 0)),
      high: Math.min(100, i.value! + (i.margin ?? 0)),
      mapped: i.item === 'mapped',
    }));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document,
    width: 640,
    height: Math.max(120, 40 + data.length * 34),
    marginLeft: 150,
    marginBottom: 48,
    style: { fontSize: '12px', fontFamily: 'Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif', background: '#fff' },
    x: { domain: [0, 100], label: opts.title, labelAnchor: 'left', labelOffset: 40, grid: true, tickFormat: (v: number) => t.percent.replace('{value}', format.format(v)) },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, { y: 'label', x: 'value', fill: (d: { mapped: boolean }) => (d.mapped ? '#9ecae1' : '#3182bd') }),
      Plot.ruleY(data, { y: 'label', x1: 'low', x2: 'high', stroke: '#0b0c0c', strokeWidth: 1.5 }),
      Plot.text(data, { y: 'label', x: 'high', text: (d: { value: number }) => t.percent.replace('{value}', format.format(d.value)), dx: 6, textAnchor: 'start', fill: '#1b1f24' }),
      Plot.ruleX([0]),
    ],
  });
  // The chart is one image with a name (the table beside it carries the figures): Plot's labels on its inner groups go.
  for (const inner of chart.querySelectorAll('[aria-label]')) inner.removeAttribute('aria-label');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', opts.title);
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return chart.outerHTML;
}
