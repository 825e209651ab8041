// What the workbench is told of an article's publication (GET /api/articles/:id/publication): its latest version,
// if any, the public address, and what keeps the newsroom from publishing.
import { z } from 'zod';
import { PublicationSchema } from '../schemas.ts';

export const PublicationStatusSchema = z.object({
  publication: PublicationSchema.nullable(),
  /** The page's public address, when the newsroom has a public base URL. */
  url: z.string().nullable(),
  blockers: z.array(z.object({ field: z.enum(['newsroomName', 'publicBaseUrl']), reason: z.enum(['default_name', 'unset', 'loopback']) })),
});
export type PublicationStatus = z.infer<typeof PublicationStatusSchema>;
