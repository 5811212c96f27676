import type { Locale } from '@praxisnetz/shared';
import { LRUCache } from 'lru-cache';
import { charting } from './charting.ts';
import { mapTexts } from './map-texts.ts';

export interface TrendLine {
  name: string;
  city: boolean;
  points: { year: number; value: number }[];
}

const HEIGHT = 360;
const MARGIN = { top: 24, bottom: 40 };
const INK = '#0b0c0c';
const GREY = '#b0b7bf';
/** Labels at the lines' ends keep at least this many pixels apart. */
const LABEL_GAP = 14;

/** Moves the end labels apart where their lines end close together: each gets a `labelY` in data units. */
function spread<T extends { value: number }>(labels: T[], scale: { bottom: number; top: number; pixels: number }): (T & { labelY: number })[] {
  const perPixel = (scale.top - scale.bottom) / scale.pixels;
  const sorted = [...labels].sort((a, b) => a.value - b.value);
  const placed: (T & { labelY: number })[] = [];
  for (const l of sorted) {
    const below = placed.at(-1)?.labelY;
    placed.push({ ...l, labelY: below === undefined ? l.value : Math.max(l.value, below + LABEL_GAP * perPixel) });
  }
  return placed;
}

/** Up to this many districts get a colour and a label of their own; more are drawn as a grey bundle around the city line. */
const LABELLED_MAX = 10;

/**
 * The trend of one indicator across survey years as an SVG line chart drawn by Observable Plot:
 * one line per district (where its code matches across the years) and the city's in black.
 */
export async function renderTrend(lines: TrendLine[], opts: { title: string; percent: boolean; locale: Locale }): Promise<string> {
  // Drawing takes Plot ~25 ms; the same figures (most page views) are drawn once.
  const key = JSON.stringify([lines, opts]);
  const kept = drawn.get(key);
  if (kept) return kept;
  const svg = await draw(lines, opts);
  drawn.set(key, svg);
  return svg;
}

/** Trend charts as drawn, by their figures (up to this many characters of SVG). */
const drawn = new LRUCache<string, string>({ maxSize: 8_000_000, sizeCalculation: (svg) => svg.length || 1 });

async function draw(lines: TrendLine[], opts: { title: string; percent: boolean; locale: Locale }): Promise<string> {
  const [Plot, { parseHTML }] = await charting();
  const t = mapTexts[opts.locale];
  const format = new Intl.NumberFormat(opts.locale, { maximumFractionDigits: 1 });
  const label = (v: number) => (opts.percent ? t.percent.replace('{value}', format.format(v)) : format.format(v));
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort();
  const few = lines.filter((l) => !l.city).length <= LABELLED_MAX;
  const districts = lines.filter((l) => !l.city).flatMap((l) => l.points.map((p) => ({ ...p, name: l.name })));
  const city = lines.filter((l) => l.city).flatMap((l) => l.points.map((p) => ({ ...p, name: l.name })));
  const all = [...districts, ...city];
  const top = Math.max(...all.map((p) => p.value), opts.percent ? 10 : 1) * 1.08;
  const bottom = opts.percent ? 0 : Math.min(...all.map((p) => p.value)) * 0.92;
  const labels = spread(
    lines.filter((l) => l.points.length && (few || l.city)).map((l) => ({ ...l.points.at(-1)!, name: l.name, city: l.city })),
    { bottom, top, pixels: HEIGHT - MARGIN.top - MARGIN.bottom },
  );
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document,
    width: 640,
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: 170,
    marginBottom: MARGIN.bottom,
    style: { fontSize: '12px', fontFamily: 'Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif', background: '#fff' },
    color: { type: 'categorical', scheme: 'tableau10' },
    x: { type: 'point', domain: years, label: null, tickFormat: (v: number) => String(v) },
    y: { label: opts.title, grid: true, domain: [bottom, top], tickFormat: label },
    marks: [
      Plot.line(districts, { x: 'year', y: 'value', z: 'name', stroke: few ? 'name' : GREY, strokeWidth: 1.5 }),
      Plot.dot(districts, { x: 'year', y: 'value', fill: few ? 'name' : GREY, r: 3 }),
      Plot.line(city, { x: 'year', y: 'value', stroke: INK, strokeWidth: 3 }),
      Plot.dot(city, { x: 'year', y: 'value', fill: INK, r: 4 }),
      Plot.text(
        labels.filter((l) => !l.city),
        { x: 'year', y: 'labelY', text: (d: { name: string; value: number }) => `${d.name} ${label(d.value)}`, dx: 8, textAnchor: 'start', fill: 'name' },
      ),
      Plot.text(
        labels.filter((l) => l.city),
        { x: 'year', y: 'labelY', text: (d: { name: string; value: number }) => `${d.name} ${label(d.value)}`, dx: 8, textAnchor: 'start', fill: INK, fontWeight: 'bold' },
      ),
    ],
  });
  for (const inner of chart.querySelectorAll('[aria-label]')) inner.removeAttribute('aria-label');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', opts.title);
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return chart.outerHTML;
}
