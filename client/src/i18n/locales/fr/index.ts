// The French catalogues, one per namespace, and zod's messages (loaded on demand) in French.
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

export const bundle: LanguageBundle = { resources: { common, errors, shortcuts, articles, claims, sources, history, session, review, people, intake, suggestions, reports, settings, ratingScale }, zodLocale: () => import('zod/v4/locales/fr.js').then((m) => m.default) };
