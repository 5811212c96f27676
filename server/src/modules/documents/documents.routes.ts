import type { Document } from '@praxisnetz/shared';
import { type Request, type Response, Router } from 'express';
import { idParam } from '../../http/params.ts';
import { publicOrigin } from '../../http/request-context.ts';
import { AppError } from '../../lib/errors.ts';
import type { DocumentsService } from './documents.service.ts';

/** Metadata a failed form upload sends back, so the page can show what was entered. */
const ECHOED_FIELDS = ['title', 'description', 'type', 'citySlug', 'year', 'language', 'topics', 'visibility', 'groupId', 'returnTo'];

/**
 * Without JavaScript the upload form posts straight here (SvelteKit would buffer the file), so a
 * browser navigation gets redirects: to the document, or back to the form with the error.
 */
const wantsJson = (req: Request) => (req.get('accept') ?? '').includes('application/json') || !(req.get('accept') ?? '').includes('text/html');

/** Only paths on this site: "/x", never "//host" or "https://…". */
const safeReturnPath = (value: unknown) => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : undefined);

function withParams(path: string, params: [string, string][]) {
  const url = new URL(path, 'http://local');
  for (const [k, v] of params) url.searchParams.append(k, v);
  return `${url.pathname}${url.search}${url.hash}`;
}

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
    if (!(err instanceof AppError) || err.status >= 500) throw err;
    const referer = req.get('referer');
    const origin = publicOrigin(req);
    const back = referer?.startsWith(`${origin}/`) ? new URL(referer).pathname : '/library/upload';
    const params: [string, string][] = [['error', err.code]];
    if (err.fields) params.push(['invalid', Object.keys(err.fields).join(',')]);
    const fields = formFields?.() ?? {};
    for (const name of ECHOED_FIELDS) {
      for (const v of [fields[name]].flat()) if (typeof v === 'string' && v) params.push([name, v.slice(0, 2000)]);
    }
    res.redirect(303, withParams(back, params));
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
