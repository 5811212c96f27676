export { citiesByIds, citiesBySlugs, findCityBySlug, insertCity, makeFirstCoordinator, updateCity } from './cities.repo.ts';
export { citiesRoutes } from './cities.routes.ts';
export { createCitiesService } from './cities.service.ts';
export type { CityRow } from './cities.repo.ts';
