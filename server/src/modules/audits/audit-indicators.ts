import { type Indicator, IndicatorInput } from '@praxisnetz/shared';
import { dropSharedCache } from '../../db/shared-cache.ts';
import { Conflict, ValidationError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireAuditEditor } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { findCityBySlug } from '../cities/index.ts';
import type { AuditAccess } from './audit-access.ts';
import { insertIndicator } from './audits.repo.ts';

/** The catalogue's additions: a city's own items. */
export function auditIndicators({ db, catalogue }: AuditAccess, publisher: Publisher) {
  return {
    /**
     * A city's own item, worded as its questionnaire asked it, mapped to the standard item it
     * corresponds to (whose scale it takes unless it brings its own answer categories).
     */
    async createIndicator(actor: Actor, input: unknown): Promise<Indicator> {
      const data = parseInput(IndicatorInput, input);
      const city = await findCityBySlug(db, data.citySlug);
      if (!city) throw ValidationError({ citySlug: 'Choose a member city.' });
      requireAuditEditor(actor, city.id);
      const cat = await catalogue();
      const standard = data.mapsTo ? cat.find((c) => c.indicator.slug === data.mapsTo && c.indicator.standard) : undefined;
      if (data.mapsTo && !standard) throw ValidationError({ mapsTo: 'Choose a standard indicator of the catalogue.' });
      const own = data.categories?.length ? data.categories : null;
      const kind = own ? 'categories' : (data.kind ?? standard?.indicator.kind ?? 'mean');
      const categories = own ? own.map((c) => ({ key: c.key, label: { de: c.label, en: c.label, fr: c.label } })) : kind === 'categories' ? (standard?.indicator.categories ?? []) : [];
      const headline = own ? (data.headline ?? []) : kind === 'categories' ? (standard?.indicator.headline ?? []) : [];
      if (kind === 'categories' && headline.length === 0) throw ValidationError({ headline: 'Name the answer categories that make the headline figure.' });
      const label = data.headlineLabel ?? (own ? null : standard?.indicator.headlineLabel.de) ?? data.name;
      const created = await insertIndicator(db, {
        slug: `${city.slug}-${slugify(data.name, 60)}`,
        nameDe: data.name,
        nameEn: data.nameEn ?? data.name,
        nameFr: data.nameFr ?? data.name,
        kind,
        categories,
        headline,
        headlineDe: label,
        headlineEn: data.headlineLabel ?? (own ? null : standard?.indicator.headlineLabel.en) ?? label,
        headlineFr: data.headlineLabel ?? (own ? null : standard?.indicator.headlineLabel.fr) ?? label,
        cityId: city.id,
        mapsToId: standard?.row.indicator.id ?? null,
        position: 1000,
      });
      if (!created) throw Conflict('The city already has an item of this name.', 'conflict', { name: 'The city already has an item of this name.' });
      dropSharedCache(db, 'indicators');
      publisher.cacheChanged('indicators');
      return (await catalogue()).find((c) => c.row.indicator.id === created.id)!.indicator;
    },
  };
}
