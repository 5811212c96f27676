import { AUDIT_CSV_MAX_BYTES, AUDIT_GEOJSON_MAX_BYTES, Locale } from '@praxisnetz/shared';
import { ValidationError } from '../../lib/errors.ts';
import { Router } from 'express';
import { idParam, queryString } from '../../http/params.ts';
import { readUpload } from '../../http/read-upload.ts';
import type { AuditsService } from './audits.service.ts';

export function auditsRoutes(audits: AuditsService): Router {
  const r = Router();
  const audit = (v: string | string[] | undefined) => idParam(v, 'Audit');
  r.get('/indicators', async (_req, res) => {
    res.json(await audits.indicators());
  });
  r.get('/audits', async (_req, res) => {
    res.json(await audits.list(res.locals.actor));
  });
  r.post('/audits', async (req, res) => {
    res.status(201).json({ audit: await audits.create(res.locals.actor, req.body) });
  });
  r.get('/audits/compare', async (req, res) => {
    res.json(await audits.compare(res.locals.actor, req.query));
  });
  r.get('/audits/compare.svg', async (req, res) => {
    const locale = Locale.safeParse(req.query.lang).data ?? res.locals.actor?.locale ?? 'de';
    res.type('image/svg+xml').send(await audits.compareChart(res.locals.actor, req.query, locale));
  });
  r.get('/audits/:id', async (req, res) => {
    res.json({ audit: await audits.get(res.locals.actor, audit(req.params.id), req.query) });
  });
  r.put('/audits/:id/areas', async (req, res) => {
    const id = audit(req.params.id);
    const { data, fields } = await readUpload(req, AUDIT_GEOJSON_MAX_BYTES);
    const query = { attribution: queryString(req.query.attribution) ?? fields.attribution, licence: queryString(req.query.licence) ?? fields.licence };
    res.json({ audit: await audits.putAreas(res.locals.actor, id, data, query) });
  });
  r.post('/audits/:id/results', async (req, res) => {
    const id = audit(req.params.id);
    const { data, fields } = await readUpload(req, AUDIT_CSV_MAX_BYTES);
    res.json({ imported: await audits.importResults(res.locals.actor, id, data, fields) });
  });
  r.get('/audits/:id/map.svg', async (req, res) => {
    const actor = res.locals.actor;
    const locale = Locale.safeParse(req.query.lang).data ?? actor?.locale ?? 'de';
    const { svg } = await audits.districts(actor, audit(req.params.id), req.query, locale);
    if (!svg) throw ValidationError({ indicator: 'The audit has no boundaries to map.' });
    res.type('image/svg+xml').send(svg);
  });
  r.get('/audits/:id/results.csv', async (req, res) => {
    const { csv, filename } = await audits.resultsCsv(res.locals.actor, audit(req.params.id));
    res.type('text/csv; charset=utf-8').attachment(filename).send(`\uFEFF${csv}`);
  });
  return r;
}
