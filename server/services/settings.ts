// Newsroom settings: one record, read by reports (the ClaimReview author) and edited by the newsroom.
import type { z } from 'zod';
import type { UpdateSettingsBodySchema } from '../../domain/requests.ts';
import type { Settings } from '../../domain/schemas.ts';
import type { Repositories } from '../store/repositories.ts';

export async function updateSettings(tx: Repositories, body: z.output<typeof UpdateSettingsBodySchema>): Promise<Settings> {
  const settings: Settings = { ...(await tx.settings.get()) };
  if (body.newsroomName !== undefined) settings.newsroomName = body.newsroomName;
  if (body.newsroomUrl !== undefined) settings.newsroomUrl = body.newsroomUrl;
  if (body.newsroomNames !== undefined) settings.newsroomNames = body.newsroomNames;
  if (body.publicBaseUrl !== undefined) settings.publicBaseUrl = body.publicBaseUrl;
  if (body.logoUrl !== undefined) settings.logoUrl = body.logoUrl;
  if (body.defaultReportLanguage !== undefined) settings.defaultReportLanguage = body.defaultReportLanguage;
  if (body.suggestionThreshold !== undefined) settings.suggestionThreshold = body.suggestionThreshold;
  await tx.settings.put(settings);
  return settings;
}
