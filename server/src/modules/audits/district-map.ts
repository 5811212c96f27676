import type { Locale } from '@praxisnetz/shared';
import { type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { schemeBlues, schemePuOr } from 'd3-scale-chromatic';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { mapTexts } from './map-texts.ts';

/** An area as the map draws it: its outline's path and where its label goes. */
export interface Shape {
  d: string;
  x: number;
  y: number;
}

export interface MapArea {
  code: string;
  name: string;
  shape: Shape;
  /** the figure shown, null when withheld or missing */
  value: number | null;
  withheld: boolean;
}

export interface MapSpec {
  areas: MapArea[];
  /** the legend's title: the indicator's headline, or the deviation's */
  title: string;
  /** deviation: values are percentage points around the city value, on a diverging scale */
  view: 'value' | 'deviation';
  unit: 'percent' | 'mean';
  attribution: string;
  demo: boolean;
  locale: Locale;
}

const WIDTH = 640;
const MAP_HEIGHT = 440;
const LEGEND_HEIGHT = 130;
const NO_VALUE = '#e5e7eb';

/** Where an area's label goes: the point of its largest part farthest from the edge (a centroid can fall outside an L-shaped district). */
function labelPoint(geometry: Polygon | MultiPolygon, projection: GeoProjection): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const projected = parts.map((rings) => rings.map((ring) => ring.map((p): [number, number] => projection(p as [number, number]) ?? [0, 0])));
  const area = (ring: [number, number][]) => Math.abs(ring.reduce((sum, p, i) => { const q = ring[(i + 1) % ring.length]!; return sum + p[0] * q[1] - q[0] * p[1]; }, 0));
  const largest = projected.reduce((best, rings) => (area(rings[0]!) > area(best[0]!) ? rings : best));
  const [x, y] = polylabel(largest, 1);
  return [x ?? 0, y ?? 0];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The areas' outlines and label points in the map's frame: d3-geo's Mercator fitted to all of
 * them. The same for every indicator and year, so worked out once per set of boundaries.
 */
export function projectAreas(areas: { code: string; geometry: Polygon | MultiPolygon }[]): Map<string, Shape> {
  const collection: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: areas.map((a) => ({ type: 'Feature', properties: {}, geometry: a.geometry })),
  };
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, MAP_HEIGHT - 8]], collection);
  const path = geoPath(projection);
  return new Map(
    areas.map((a) => {
      const [x, y] = labelPoint(a.geometry, projection);
      return [a.code, { d: path(a.geometry) ?? '', x, y }];
    }),
  );
}

/**
 * A choropleth of an audit's areas (projected by `projectAreas`) as a self-contained SVG: a colour-blind-safe ColorBrewer scale (sequential Blues for values, diverging PuOr
 * for deviations) in five classes, every area labelled and focusable with its name and value, a
 * legend in the reader's language and the boundaries' attribution.
 */
export function renderDistrictMap(spec: MapSpec): string {
  const t = mapTexts[spec.locale];
  const format = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 1, signDisplay: spec.view === 'deviation' ? 'exceptZero' : 'auto' });
  const show = (v: number) => (spec.unit === 'mean' ? format.format(v) : (spec.view === 'deviation' ? t.points : t.percent).replace('{value}', format.format(v)));

  const values = spec.areas.flatMap((a) => (a.value === null ? [] : [a.value]));
  const [low, high] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
  const reach = Math.max(Math.abs(low), Math.abs(high), 1);
  const colour =
    spec.view === 'deviation'
      ? scaleQuantize<string>().domain([-reach, reach]).range([...schemePuOr[5]!].reverse())
      : scaleQuantize<string>().domain(low === high ? [low - 1, high + 1] : [low, high]).nice(5).range(schemeBlues[5]!);

  const areas = spec.areas
    .map((a) => {
      const { d } = a.shape;
      const [x, y] = [a.shape.x, a.shape.y];
      const shown = a.withheld ? t.tooFew : a.value === null ? t.noData : show(a.value);
      const label = `${a.name}: ${shown}`;
      const fill = a.value === null ? NO_VALUE : colour(a.value);
      return `<g role="listitem" class="area" tabindex="0" aria-label="${escape(label)}"><title>${escape(label)}</title><path d="${d}" fill="${fill}" stroke="#fff" stroke-width="1.5"/></g>`
        + `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" class="label" aria-hidden="true"><tspan x="${x.toFixed(1)}" dy="-0.2em">${escape(a.name)}</tspan><tspan x="${x.toFixed(1)}" dy="1.2em" font-weight="700">${escape(shown)}</tspan></text>`;
    })
    .join('');

  const classes = colour.range().map((fill) => {
    const [from, to] = colour.invertExtent(fill);
    return { fill, text: `${show(from)} – ${show(to)}` };
  });
  const box = 16;
  const legendItems = [...classes, { fill: NO_VALUE, text: `${t.tooFew} / ${t.noData}` }]
    .map((c, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const x = 8 + col * 310;
      const y = MAP_HEIGHT + 30 + row * 24;
      return `<rect x="${x}" y="${y}" width="${box}" height="${box}" fill="${c.fill}" stroke="#5f6b7a" stroke-width="0.5"/><text x="${x + box + 6}" y="${y + 12}">${escape(c.text)}</text>`;
    })
    .join('');
  const footer = [spec.attribution, spec.demo ? t.demo : ''].filter(Boolean).join(' · ');
  const height = MAP_HEIGHT + LEGEND_HEIGHT;

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="12" role="group" aria-label="${escape(spec.title)}">`
    + `<style>.label{font-size:11px;fill:#1b1f24;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none}.area:focus path,.area:hover path{stroke:#0b0c0c;stroke-width:3}.area:focus{outline:none}</style>`
    + `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`
    + `<g role="list">${areas}</g>`
    + `<text x="8" y="${MAP_HEIGHT + 18}" font-weight="700">${escape(spec.title)}</text>`
    + legendItems
    + `<text x="8" y="${height - 8}" fill="#4b5563">${escape(footer)}</text>`
    + `</svg>`;
}
