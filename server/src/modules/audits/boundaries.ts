import booleanValid from '@turf/boolean-valid';
import cleanCoords from '@turf/clean-coords';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ValidationError } from '../../lib/errors.ts';

export interface AreaBoundary {
  code: string;
  name: string;
  /** d3's winding (exterior rings clockwise), simplified for display; null for an area without a boundary */
  geometry: Polygon | MultiPolygon | null;
}

export interface Boundaries {
  areas: AreaBoundary[];
  attribution: string | null;
  licence: string | null;
}

const WGS84 = new Set(['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326']);
/** ~10 m: the districts stay recognisable, the map page stays small */
const DISPLAY_TOLERANCE = 0.0001;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function checkRing(ring: unknown, at: string): void {
  if (!Array.isArray(ring) || ring.length < 4) throw ValidationError({ [at]: 'A ring needs at least four positions.' });
  for (const p of ring as unknown[]) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw ValidationError({ [at]: 'Every position is a pair of numbers: longitude, latitude.' });
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
      throw ValidationError({ crs: 'The coordinates are not longitude and latitude: send the boundaries in WGS 84 (EPSG:4326).' });
    }
  }
  const [first, last] = [ring[0] as Position, ring.at(-1) as Position];
  if (first[0] !== last[0] || first[1] !== last[1]) throw ValidationError({ [at]: 'A ring must be closed: its last position repeats its first.' });
}

function checkGeometry(geometry: unknown, at: string): Polygon | MultiPolygon | null {
  if (geometry === null) return null;
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw ValidationError({ [at]: 'Each boundary is a Polygon or a MultiPolygon.' });
  }
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) throw ValidationError({ [at]: 'The boundary has no coordinates.' });
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) throw ValidationError({ [at]: 'A polygon needs an outer ring.' });
    for (const ring of polygon) checkRing(ring, at);
  }
  // Rounded coordinates repeat a position now and then: harmless, and dropped before the check.
  const shape = cleanCoords({ type: geometry.type, coordinates: geometry.coordinates } as Polygon | MultiPolygon) as Polygon | MultiPolygon;
  if (!booleanValid(shape)) throw ValidationError({ [at]: 'The boundary is not a valid geometry (it crosses itself or its holes lie outside).' });
  return shape;
}

/**
 * Reads a GeoJSON FeatureCollection of an audit's areas: WGS 84 only, each feature a Polygon or
 * MultiPolygon (or no geometry) with `code` and `name` properties, rings closed and valid, codes
 * unique. Rings come in either order; they leave wound as d3-geo draws them, simplified for display.
 * `attribution` and `licence` may be top-level members (or come from the query).
 */
export function readBoundaries(data: Buffer, query: { attribution?: string; licence?: string }): Boundaries {
  let doc: unknown;
  try {
    doc = JSON.parse(data.toString('utf8'));
  } catch {
    throw ValidationError({ file: 'The file is not valid JSON.' });
  }
  if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw ValidationError({ type: 'Send a GeoJSON FeatureCollection.' });
  }
  const crsName = isRecord(doc.crs) && isRecord(doc.crs.properties) ? text(doc.crs.properties.name) : '';
  if (crsName && !WGS84.has(crsName)) throw ValidationError({ crs: `The boundaries are in ${crsName}; send them in WGS 84 (EPSG:4326).` });
  if (doc.features.length === 0) throw ValidationError({ features: 'The file has no areas.' });
  if (doc.features.length > 5000) throw ValidationError({ features: 'An audit has at most 5,000 areas.' });

  const seen = new Set<string>();
  const areas = doc.features.map((feature: unknown, i: number): AreaBoundary => {
    const at = `features[${i}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') throw ValidationError({ [at]: 'Each member of features is a Feature.' });
    const props = isRecord(feature.properties) ? feature.properties : {};
    const code = text(props.code);
    const name = text(props.name);
    if (!code || code.length > 50) throw ValidationError({ [`${at}.properties.code`]: 'Each area has a code (at most 50 characters).' });
    if (code === 'city') throw ValidationError({ [`${at}.properties.code`]: '“city” stands for the whole city; give the area another code.' });
    if (!name || name.length > 200) throw ValidationError({ [`${at}.properties.name`]: 'Each area has a name (at most 200 characters).' });
    if (seen.has(code)) throw ValidationError({ [`${at}.properties.code`]: `The code ${code} is used twice.` });
    seen.add(code);
    const checked = checkGeometry(feature.geometry ?? null, `${at}.geometry`);
    const geometry = checked && displayShape(checked);
    return { code, name, geometry };
  });
  const attribution = text(query.attribution ?? doc.attribution) || null;
  const licence = text(query.licence ?? doc.licence) || null;
  if (areas.some((a) => a.geometry) && !attribution) throw ValidationError({ attribution: 'Say where the boundaries come from: it is shown with every map of them.' });
  return { areas, attribution: attribution?.slice(0, 300) ?? null, licence: licence?.slice(0, 200) ?? null };
}

/** Simplified, then wound clockwise as d3-geo's spherical polygons want. */
function displayShape(shape: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: shape };
  const simple = simplify(feature, { tolerance: DISPLAY_TOLERANCE, highQuality: false, mutate: false });
  return (rewind(simple, { reverse: true, mutate: true }) as Feature<Polygon | MultiPolygon>).geometry;
}
