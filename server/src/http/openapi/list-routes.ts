import type { Express } from 'express';

export interface RouteRef {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express's pattern, e.g. /api/threads/:id */
  path: string;
}

interface LayerLike {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: LayerLike[] };
}

/** Every route the app answers, read off Express's own routers (mount paths included). */
export function listRoutes(app: Express): RouteRef[] {
  const found: RouteRef[] = [];
  const walk = (stack: LayerLike[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push({ method: method as RouteRef['method'], path: prefix + layer.route.path });
        }
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: LayerLike[] } }).router.stack, '');
  return found;
}
