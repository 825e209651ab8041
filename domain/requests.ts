// Request bodies and query strings of the HTTP API, validated by the server and typed for the client.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { normalizeText } from './text.ts';
import {
  DirectionSchema,
  EvidenceSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  VerdictSchema,
  userText,
} from './schemas.ts';

const requiredText = (max: number) => userText(max).refine((s) => s.trim().length > 0, 'must not be empty');

export const CreateSourceBodySchema = z.strictObject({
  name: requiredText(LIMITS.sourceName).transform((s) => s.trim()),
  kind: userText(LIMITS.sourceKind).optional(),
  country: z.string().max(8).optional(),
  names: z.record(LanguageSchema, requiredText(LIMITS.sourceName)).optional(),
  aliases: z.array(requiredText(LIMITS.alias)).max(LIMITS.sourceAliases).optional(),
});
export type CreateSourceBody = z.infer<typeof CreateSourceBodySchema>;

export const UpdateSourceBodySchema = CreateSourceBodySchema.partial();
export type UpdateSourceBody = z.infer<typeof UpdateSourceBodySchema>;

export const CreateArticleBodySchema = z.strictObject({
  text: userText(LIMITS.articleText)
    .transform(normalizeText)
    .refine((s) => s.length > 0, 'must not be empty'),
  title: requiredText(LIMITS.title).transform((s) => s.trim()),
  outlet: userText(LIMITS.outlet).default(''),
  url: HttpUrlSchema.nullable().default(null),
  language: LanguageSchema,
  direction: DirectionSchema,
  publishedAt: IsoDateSchema.nullable().default(null),
});
export type CreateArticleBody = z.input<typeof CreateArticleBodySchema>;

const rangeFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1).max(LIMITS.articleText),
};

export const CreateClaimBodySchema = z.strictObject({
  ...rangeFields,
  sourceId: IdSchema,
  verdict: VerdictSchema.default('unreviewed'),
  note: userText(LIMITS.note).default(''),
  evidence: z.array(EvidenceSchema).max(LIMITS.evidenceItems).default([]),
});
export type CreateClaimBody = z.input<typeof CreateClaimBodySchema>;

export const UpdateClaimBodySchema = z
  .strictObject({
    version: z.number().int().positive(),
    start: rangeFields.start.optional(),
    end: rangeFields.end.optional(),
    exact: rangeFields.exact.optional(),
    sourceId: IdSchema.optional(),
    verdict: VerdictSchema.optional(),
    note: userText(LIMITS.note).optional(),
    evidence: z.array(EvidenceSchema).max(LIMITS.evidenceItems).optional(),
  })
  .superRefine((body, ctx) => {
    const given = (['start', 'end', 'exact'] as const).filter((k) => body[k] !== undefined);
    if (given.length > 0 && given.length < 3) {
      const missing = (['start', 'end', 'exact'] as const).find((k) => body[k] === undefined)!;
      ctx.addIssue({ code: 'custom', path: [missing], message: 'start, end and exact must be changed together' });
    }
  });
export type UpdateClaimBody = z.input<typeof UpdateClaimBodySchema>;

export const ClaimsQuerySchema = z.strictObject({
  verdict: VerdictSchema.optional(),
  sourceId: IdSchema.optional(),
  articleId: IdSchema.optional(),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuerySchema>;

export const IdParamsSchema = z.object({ id: IdSchema });
