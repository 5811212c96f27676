import type { Document } from '@praxisnetz/shared';
import { type Request, type Response, Router } from 'express';
import { idParam } from '../../http/params.ts';
import { redirectBack, safeReturnPath, wantsJson, withParams } from '../../http/browser-form.ts';
import type { DocumentsService } from './documents.service.ts';

/** Metadata a failed form upload sends back, so the page can show what was entered. */
const ECHOED_FIELDS = ['title', 'description', 'type', 'citySlug', 'year', 'language', 'topics', 'visibility', 'groupId', 'returnTo'];

async function answerUpload(req: Request, res: Response, status: number, upload: () => Promise<Document>, formFields?: () => Record<string, unknown>) {
  if (wantsJson(req)) {
    res.status(status).json({ document: await upload() });
    return;
  }
  try {
    const document = await upload();
    const returnTo = safeReturnPath(formFields?.().returnTo);
    res.redirect(303, returnTo ? withParams(returnTo, [['attached', String(document.id)]]) : `/library/${document.id}`);
  } catch (err) {
    const fields = formFields?.() ?? {};
    const echo = ECHOED_FIELDS.flatMap((name) => [fields[name]].flat().flatMap((v) => (typeof v === 'string' ? [[name, v] as [string, string]] : [])));
    redirectBack(req, res, err, '/library/upload', echo);
  }
}

export function documentsRoutes(documents: DocumentsService): Router {
  const r = Router();

  r.get('/documents/limits', (_req, res) => {
    res.json(documents.limits());
  });
  r.get('/documents', async (req, res) => {
    res.json(await documents.list(res.locals.actor, req.query));
  });
  r.post('/documents', async (req, res) => {
    let fields: Record<string, unknown> = {};
    await answerUpload(req, res, 201, () => documents.upload(res.locals.actor, req, (f) => (fields = f)), () => fields);
  });
  r.get('/documents/:id', async (req, res) => {
    res.json({ document: await documents.get(res.locals.actor, idParam(req.params.id, 'Document')) });
  });
  r.patch('/documents/:id', async (req, res) => {
    res.json({ document: await documents.update(res.locals.actor, idParam(req.params.id, 'Document'), req.body) });
  });
  r.post('/documents/:id/practice', async (req, res) => {
    res.json({ document: await documents.setPractice(res.locals.actor, idParam(req.params.id, 'Document'), req.body) });
  });
  r.delete('/documents/:id/practice', async (req, res) => {
    res.json({ document: await documents.setPractice(res.locals.actor, idParam(req.params.id, 'Document'), null) });
  });
  r.delete('/documents/:id', async (req, res) => {
    await documents.remove(res.locals.actor, idParam(req.params.id, 'Document'));
    res.status(204).end();
  });
  r.post('/documents/:id/versions', async (req, res) => {
    const id = idParam(req.params.id, 'Document');
    let fields: Record<string, unknown> = {};
    await answerUpload(req, res, 201, () => documents.addVersion(res.locals.actor, id, req, (f) => (fields = f)), () => fields);
  });

  return r;
}
