import { type City, CityInput, type CityProfile, CityProfileInput, CoordinatorInput, MergeCityInput } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { dropSharedCache } from '../../db/shared-cache.ts';
import { type Actor, canKeepCity, requireAdmin, requireCityKeeper } from '../../policy/index.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { parseInput } from '../../lib/validate.ts';
import { recordModeration } from '../moderation/index.ts';
import { findUserById } from '../users/index.ts';
import { citiesMapSvg } from './cities-map.ts';
import { findCityBySlug, insertCity, listCitiesWithMemberCounts, mergeCity, updateCity } from './cities.repo.ts';

export function createCitiesService(db: Db, publisher: Publisher) {
  /** A changed city is dropped from every node's cache. */
  function changed(): void {
    dropSharedCache(db, 'cities');
    publisher.cacheChanged('cities');
  }

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

    /** Names the member of the city who coordinates it (and approves its applicants), or nobody. */
    async setCoordinator(actor: Actor, slug: string, input: unknown): Promise<City> {
      const admin = requireAdmin(actor);
      const { userId } = parseInput(CoordinatorInput, input);
      const city = await findCityBySlug(db, slug);
      if (!city) throw NotFound('City');
      if (userId !== null) {
        const person = await findUserById(db, userId);
        if (!person || person.status !== 'active' || person.cityId !== city.id) throw ValidationError({ userId: 'Choose an active member of this city.' });
      }
      await db.transaction(async (tx) => {
        await updateCity(tx, city.id, { coordinatorId: userId });
        await recordModeration(tx, { actorId: admin.id, action: 'city.coordinator', targetUserId: userId, details: { city: slug } });
      });
      changed();
      return get(slug);
    },

    /** Two entries for one city: its members and documents move to the other, and it is gone. */
    async merge(actor: Actor, slug: string, input: unknown): Promise<City> {
      const admin = requireAdmin(actor);
      const { intoSlug } = parseInput(MergeCityInput, input);
      const [from, into] = [await findCityBySlug(db, slug), await findCityBySlug(db, intoSlug)];
      if (!from) throw NotFound('City');
      if (!into || into.id === from.id) throw ValidationError({ intoSlug: 'Choose another city from the list.' });
      await db.transaction(async (tx) => {
        await mergeCity(tx, from.id, into.id);
        await recordModeration(tx, { actorId: admin.id, action: 'city.merge', details: { from: from.slug, into: into.slug, name: from.name } });
      });
      changed();
      return get(intoSlug);
    },

    /** The map of the cities with a place (SVG), null when none has one; `title` names it for screen readers. */
    async map(title: string): Promise<string | null> {
      const placed = (await listCitiesWithMemberCounts(db)).flatMap((c) => (c.latitude !== null && c.longitude !== null ? [{ name: c.name, latitude: c.latitude, longitude: c.longitude }] : []));
      return citiesMapSvg(placed, title);
    },

    async profile(actor: Actor, slug: string): Promise<CityProfile> {
      const city = await get(slug);
      const row = (await findCityBySlug(db, slug))!;
      return { ...city, permissions: { canEdit: canKeepCity(actor, row.id) } };
    },

    /** The public profile: the administrators' and the city's coordinator's to keep. */
    async updateProfile(actor: Actor, slug: string, input: unknown): Promise<City> {
      const city = await findCityBySlug(db, slug);
      if (!city) throw NotFound('City');
      requireCityKeeper(actor, city.id);
      const data = parseInput(CityProfileInput, input);
      await db.transaction((tx) => updateCity(tx, city.id, { ...data, website: data.website ?? '' }));
      changed();
      return get(slug);
    },

    async update(actor: Actor, slug: string, input: unknown): Promise<City> {
      requireAdmin(actor);
      const data = parseInput(CityInput, input);
      const city = await findCityBySlug(db, slug);
      if (!city) throw NotFound('City');
      await updateCity(db, city.id, data);
      changed();
      return get(slug);
    },
  };
}
export type CitiesService = ReturnType<typeof createCitiesService>;
