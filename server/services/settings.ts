// Newsroom settings: one record, read by reports (the ClaimReview author) and edited by the newsroom.
import type { z } from 'zod';
import type { UpdateSettingsBodySchema } from '../../domain/requests.ts';
import type { Settings, StoreData } from '../../domain/schemas.ts';
import type { Change } from '../store/store.ts';

export function updateSettings(data: StoreData, body: z.output<typeof UpdateSettingsBodySchema>): Change<Settings> {
  const settings: Settings = { ...data.settings };
  if (body.newsroomName !== undefined) settings.newsroomName = body.newsroomName;
  if (body.newsroomUrl !== undefined) settings.newsroomUrl = body.newsroomUrl;
  return { data: { ...data, settings }, result: settings };
}
