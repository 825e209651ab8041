// /api/settings: the newsroom's name and site, used to sign published reports.
import { Router } from 'express';
import { UpdateSettingsBodySchema } from '../../domain/requests.ts';
import { permit } from '../auth/policy.ts';
import { parseOr400 } from '../errors.ts';
import { updateSettings } from '../services/settings.ts';
import type { RouteDeps } from './deps.ts';

export function settingsRouter({ store }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json(await store.read.settings.get());
  });
  router.patch('/', permit('settings.edit'), async (req, res) => {
    const body = parseOr400(UpdateSettingsBodySchema, req.body, 'body');
    res.json(await store.transaction((tx) => updateSettings(tx, body)));
  });
  return router;
}
