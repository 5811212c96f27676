import { type Request, type Response, Router } from 'express';
import { idParam } from '../../http/params.ts';
import { AppError } from '../../lib/errors.ts';
import type { DocumentsService } from './documents.service.ts';

/** A download counts once: not for HEAD, and not for the later parts of a ranged download. */
const isFirstRequest = (req: Request) => req.method === 'GET' && (!req.headers.range || /^bytes=0-/.test(req.headers.range));

/**
 * GET /files/:documentId (latest version) and /files/:documentId/v/:n. Streamed from disk with
 * Range support; always an attachment with the UTF-8 name, never rendered by the browser.
 */
export function downloadRoutes(documents: DocumentsService): Router {
  const r = Router();

  async function send(req: Request, res: Response, n?: number) {
    const id = idParam(req.params.id, 'Document');
    try {
      const file = await documents.download(res.locals.actor, id, n);
      if (isFirstRequest(req)) await documents.countDownload(id);
      res.attachment(file.filename);
      res.set({
        'Content-Type': file.mime,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': file.visibility === 'public' ? 'public, no-cache' : 'private, no-cache',
      });
      await new Promise<void>((resolve, reject) =>
        res.sendFile(file.path, { acceptRanges: true, lastModified: false, dotfiles: 'allow' }, (err) => (err && !res.headersSent ? reject(err) : resolve())),
      );
    } catch (err) {
      // A signed-out browser is sent to sign in and comes back to the file.
      if (err instanceof AppError && err.status === 404 && !res.locals.actor && req.accepts('html') && !req.get('accept')?.includes('json')) {
        res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
        return;
      }
      throw err;
    }
  }

  r.get('/:id', (req, res) => send(req, res));
  r.get('/:id/v/:n', (req, res) => send(req, res, idParam(req.params.n, 'Version')));
  return r;
}
