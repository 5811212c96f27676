import { AUDIT_CSV_MAX_BYTES, AUDIT_GEOJSON_MAX_BYTES, Locale } from '@praxisnetz/shared';
import { NotFound, ValidationError } from '../../lib/errors.ts';
import { svgToPng } from '../../lib/svg-to-png.ts';
import { redirectBack, wantsJson } from '../../http/browser-form.ts';
import { type Request, type Response, Router } from 'express';
import { idParam, queryString } from '../../http/params.ts';
import { readUpload } from '../../http/read-upload.ts';
import type { AuditsService } from './audits.service.ts';

const localeOf = (req: Request, res: Response) => Locale.safeParse(req.query.lang).data ?? res.locals.actor?.locale ?? 'de';

/** A chart or map as SVG (shown in the page) or PNG (downloaded). */
function send(res: Response, format: string, svg: string, name: string) {
  if (format === 'svg') res.type('image/svg+xml').send(svg);
  else if (format === 'png') res.type('image/png').attachment(`${name}.png`).send(svgToPng(svg));
  else throw NotFound('Format');
}

export function auditsRoutes(audits: AuditsService): Router {
  const r = Router();
  const audit = (v: string | string[] | undefined) => idParam(v, 'Audit');
  r.get('/indicators', async (_req, res) => {
    res.json(await audits.indicators());
  });
  r.post('/indicators', async (req, res) => {
    res.status(201).json({ indicator: await audits.createIndicator(res.locals.actor, req.body) });
  });
  r.get('/audits', async (req, res) => {
    res.json(await audits.list(res.locals.actor, req.query));
  });
  r.get('/audits/template.csv', async (req, res) => {
    const { csv, filename } = await audits.template({ city: queryString(req.query.city) });
    res.type('text/csv; charset=utf-8').attachment(filename).send(`\uFEFF${csv}`);
  });
  r.post('/audits', async (req, res) => {
    res.status(201).json({ audit: await audits.create(res.locals.actor, req.body) });
  });
  r.get('/audits/compare', async (req, res) => {
    res.json(await audits.compare(res.locals.actor, req.query));
  });
  r.get('/audits/compare.:format', async (req, res) => {
    send(res, req.params.format, await audits.compareChart(res.locals.actor, req.query, localeOf(req, res)), 'audit-comparison');
  });
  r.get('/audits/:id', async (req, res) => {
    res.json({ audit: await audits.get(res.locals.actor, audit(req.params.id), req.query) });
  });
  r.patch('/audits/:id', async (req, res) => {
    res.json({ audit: await audits.update(res.locals.actor, audit(req.params.id), req.body) });
  });
  const putAreas = async (req: Request, res: Response) => {
    const id = audit(req.params.id);
    const { data, fields } = await readUpload(req, AUDIT_GEOJSON_MAX_BYTES);
    const query = { attribution: queryString(req.query.attribution) ?? fields.attribution, licence: queryString(req.query.licence) ?? fields.licence };
    return audits.putAreas(res.locals.actor, id, data, query);
  };
  r.delete('/audits/:id', async (req, res) => {
    await audits.remove(res.locals.actor, audit(req.params.id));
    res.status(204).end();
  });
  r.put('/audits/:id/areas', async (req, res) => {
    res.json({ audit: await putAreas(req, res) });
  });
  // The page's form (browsers only post): back to the audit's edit page.
  r.post('/audits/:id/areas', async (req, res) => {
    if (wantsJson(req)) {
      res.json({ audit: await putAreas(req, res) });
      return;
    }
    try {
      const updated = await putAreas(req, res);
      res.redirect(303, `/audits/${updated.id}/edit?areas=${updated.areas.length}`);
    } catch (err) {
      redirectBack(req, res, err, `/audits/${audit(req.params.id)}/edit`, [['form', 'areas']]);
    }
  });
  // The mapping step: the file is kept, previewed with its columns mapped, then imported.
  r.post('/audits/:id/uploads', async (req, res) => {
    const id = audit(req.params.id);
    const stage = async () => {
      const { data, filename } = await readUpload(req, AUDIT_CSV_MAX_BYTES);
      return audits.stageResults(res.locals.actor, id, data, filename);
    };
    if (wantsJson(req)) {
      res.status(201).json({ upload: await stage() });
      return;
    }
    try {
      const staged = await stage();
      res.redirect(303, `/audits/${id}/import/${staged.id}`);
    } catch (err) {
      redirectBack(req, res, err, `/audits/${id}/edit`, [['form', 'results']]);
    }
  });
  r.get('/audits/:id/uploads/:upload', async (req, res) => {
    res.json({ upload: await audits.staged(res.locals.actor, audit(req.params.id), idParam(req.params.upload, 'Upload'), queryString(req.query.mapping) ?? {}) });
  });
  r.post('/audits/:id/uploads/:upload/import', async (req, res) => {
    res.json({ imported: await audits.importStaged(res.locals.actor, audit(req.params.id), idParam(req.params.upload, 'Upload'), req.body?.mapping) });
  });
  r.post('/audits/:id/results', async (req, res) => {
    const id = audit(req.params.id);
    const { data, fields } = await readUpload(req, AUDIT_CSV_MAX_BYTES);
    res.json({ imported: await audits.importResults(res.locals.actor, id, data, fields) });
  });
  r.get('/audits/:id/map.:format', async (req, res) => {
    const id = audit(req.params.id);
    const { svg, indicator, year } = await audits.districts(res.locals.actor, id, req.query, localeOf(req, res));
    if (!svg) throw ValidationError({ indicator: 'The audit has no boundaries to map.' });
    send(res, req.params.format, svg, `audit-${id}-${indicator}-${year}`);
  });
  r.get('/audits/:id/breakdowns', async (req, res) => {
    res.json(await audits.breakdowns(res.locals.actor, audit(req.params.id), req.query));
  });
  r.get('/audits/:id/trend', async (req, res) => {
    res.json(await audits.trend(res.locals.actor, audit(req.params.id), req.query, localeOf(req, res)));
  });
  r.get('/audits/:id/trend.:format', async (req, res) => {
    const id = audit(req.params.id);
    const { svg, indicator } = await audits.trend(res.locals.actor, id, req.query, localeOf(req, res));
    if (!svg) throw ValidationError({ indicator: 'The trend needs results of at least two years.' });
    send(res, req.params.format, svg, `audit-${id}-${indicator}-trend`);
  });
  r.get('/audits/:id/areas.geojson', async (req, res) => {
    const id = audit(req.params.id);
    res.type('application/geo+json').attachment(`audit-${id}-areas.geojson`).send(JSON.stringify(await audits.areasGeoJson(res.locals.actor, id, req.query, localeOf(req, res))));
  });
  r.get('/audits/:id/results.csv', async (req, res) => {
    const { csv, filename } = await audits.resultsCsv(res.locals.actor, audit(req.params.id));
    res.type('text/csv; charset=utf-8').attachment(filename).send(`\uFEFF${csv}`);
  });
  return r;
}
