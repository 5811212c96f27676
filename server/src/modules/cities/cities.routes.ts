import { Router } from 'express';
import { nameParam } from '../../http/params.ts';
import type { CitiesService } from './cities.service.ts';

export function citiesRoutes(cities: CitiesService): Router {
  const r = Router();
  r.get('/cities', async (_req, res) => {
    res.json({ items: await cities.list() });
  });
  r.get('/cities/:slug', async (req, res) => {
    res.json({ city: await cities.profile(res.locals.actor, nameParam(req.params.slug, 'City')) });
  });
  r.post('/cities', async (req, res) => {
    res.status(201).json({ city: await cities.create(res.locals.actor, req.body) });
  });
  r.put('/cities/:slug/coordinator', async (req, res) => {
    res.json({ city: await cities.setCoordinator(res.locals.actor, nameParam(req.params.slug, 'City'), req.body) });
  });
  r.post('/cities/:slug/merge', async (req, res) => {
    res.json({ city: await cities.merge(res.locals.actor, nameParam(req.params.slug, 'City'), req.body) });
  });
  r.put('/cities/:slug/profile', async (req, res) => {
    res.json({ city: await cities.updateProfile(res.locals.actor, nameParam(req.params.slug, 'City'), req.body) });
  });
  r.patch('/cities/:slug', async (req, res) => {
    res.json({ city: await cities.update(res.locals.actor, nameParam(req.params.slug, 'City'), req.body) });
  });
  return r;
}
