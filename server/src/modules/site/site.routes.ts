import { Locale } from '@praxisnetz/shared';
import { Router } from 'express';
import { queryString } from '../../http/params.ts';
import type { SiteService } from './site.service.ts';

export function siteRoutes(site: SiteService): Router {
  const r = Router();
  r.get('/pages/:slug', async (req, res) => {
    const locale = Locale.safeParse(queryString(req.query.locale)).data ?? 'de';
    res.json({ page: await site.get(res.locals.actor, String(req.params.slug), locale) });
  });
  r.put('/pages/:slug', async (req, res) => {
    res.json({ page: await site.save(res.locals.actor, String(req.params.slug), req.body) });
  });
  r.get('/pages/:slug/versions', async (req, res) => {
    res.json({ items: await site.versions(res.locals.actor, String(req.params.slug)) });
  });
  r.get('/privacy-notice', async (_req, res) => {
    res.json(await site.privacyNotice(res.locals.actor));
  });
  r.post('/privacy-notice/accept', async (req, res) => {
    res.json(await site.acceptPrivacy(res.locals.actor, req.body));
  });
  r.post('/barrier-reports', async (req, res) => {
    res.status(201).json({ report: await site.report(res.locals.actor, req.body) });
  });
  r.get('/barrier-reports', async (_req, res) => {
    res.json({ items: await site.reports(res.locals.actor) });
  });
  return r;
}
