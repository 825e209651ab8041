// The English catalogues, one per namespace, and zod's messages (loaded on demand) in English.
import common from './common.json';
import errors from './errors.json';
import shortcuts from './shortcuts.json';
import articles from './articles.json';
import claims from './claims.json';
import sources from './sources.json';
import history from './history.json';
import session from './session.json';
import review from './review.json';
import people from './people.json';
import intake from './intake.json';
import suggestions from './suggestions.json';
import reports from './reports.json';
import settings from './settings.json';
import ratingScale from './ratingScale.json';
import type { LanguageBundle } from '../bundle.ts';

/** Every namespace; English is the reference the other catalogues must match key for key. */
export const resources = { common, errors, shortcuts, articles, claims, sources, history, session, review, people, intake, suggestions, reports, settings, ratingScale };
export const NAMESPACES = Object.keys(resources) as (keyof typeof resources)[];
export type Resources = typeof resources;

export const bundle: LanguageBundle = { resources, zodLocale: () => import('zod/v4/locales/en.js').then((m) => m.default) };
