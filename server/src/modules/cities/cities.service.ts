import { type City, CityInput } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { dropSharedCache } from '../../db/shared-cache.ts';
import { type Actor, requireAdmin } from '../../policy/index.ts';
import { Conflict, NotFound } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { parseInput } from '../../lib/validate.ts';
import { findCityBySlug, insertCity, listCitiesWithMemberCounts, updateCity } from './cities.repo.ts';

export function createCitiesService(db: Db, publisher: Publisher) {
  async function get(slug: string): Promise<City> {
    const [city] = await listCitiesWithMemberCounts(db, slug);
    if (!city) throw NotFound('City');
    return city;
  }

  return {
    /** The directory is public: prospective member cities see who takes part. */
    async list(): Promise<City[]> {
      return listCitiesWithMemberCounts(db);
    },

    async create(actor: Actor, input: unknown): Promise<City> {
      requireAdmin(actor);
      const data = parseInput(CityInput, input);
      const slug = slugify(data.name);
      const row = await insertCity(db, { ...data, slug });
      if (!row) throw Conflict('A city with this name exists already.', 'conflict', { name: 'A city with this name exists already.' });
      return get(slug);
    },

    async update(actor: Actor, slug: string, input: unknown): Promise<City> {
      requireAdmin(actor);
      const data = parseInput(CityInput, input);
      const city = await findCityBySlug(db, slug);
      if (!city) throw NotFound('City');
      await updateCity(db, city.id, data);
      dropSharedCache(db, 'cities');
      publisher.cacheChanged('cities');
      return get(slug);
    },
  };
}
export type CitiesService = ReturnType<typeof createCitiesService>;
