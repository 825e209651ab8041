// What a load balancer or orchestrator asks: /api/health (liveness: the process answers; restart it when it does
// not) and /api/ready (readiness: the store is reachable with its migrations applied, and the server is not shutting
// down; send it requests only while it says so). Neither needs a session or reads one.
import { Router } from 'express';
import { HttpError } from './errors.ts';
import type { Readiness } from './store/repositories.ts';

/**
 * `ready` answers for the store and the server's own state. Not ready is a 503 in the API's error shape, the reason
 * as its message (`not_ready`); a readiness check that throws is a 500, logged like any failure. Either way a
 * prober only needs the status.
 */
export function probesRouter(ready: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/ready', async (_req, res) => {
    const readiness = await ready();
    if (!readiness.ready) throw new HttpError(503, 'not_ready', readiness.reason);
    res.json(readiness);
  });
  return router;
}
