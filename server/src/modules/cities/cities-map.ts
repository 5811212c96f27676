import { geoGraticule10, geoMercator, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';

const WIDTH = 560;
const HEIGHT = 620;
const PAD = 48;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The member cities as dots on a graticule (d3-geo's Mercator fitted to them), as an SVG string:
 * no tiles or boundaries from elsewhere. It is an image; the list beside it is the accessible way
 * to the cities.
 */
export function citiesMapSvg(cities: { name: string; latitude: number; longitude: number }[], title: string): string | null {
  if (cities.length === 0) return null;
  const points: MultiPoint = { type: 'MultiPoint', coordinates: cities.map((c) => [c.longitude, c.latitude]) };
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD * 2.5, HEIGHT - PAD],
    ],
    cities.length > 1 ? points : { type: 'Sphere' },
  );
  if (cities.length === 1) projection.scale(2000).center([cities[0]!.longitude, cities[0]!.latitude]).translate([WIDTH / 2, HEIGHT / 2]);
  const path = geoPath(projection);
  const dots = cities
    .map((c) => {
      const [x, y] = projection([c.longitude, c.latitude]) ?? [0, 0];
      return `<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="#1e3a8a" stroke="#fff" stroke-width="2"/><text x="${(x + 10).toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="13" fill="#111827">${escape(c.name)}</text></g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escape(title)}" font-family="system-ui, sans-serif"><title>${escape(title)}</title><rect width="${WIDTH}" height="${HEIGHT}" fill="#f8fafc"/><path d="${path(geoGraticule10()) ?? ''}" fill="none" stroke="#cbd5e1" stroke-width="0.75"/>${dots}</svg>`;
}
