/** /search/vocabulary.json, injected by src/search/integration.ts: the handbook's words, for "did you mean". */
import type { APIRoute } from 'astro';
import { getHandbook } from '../handbook/index.ts';
import { handbookTexts, vocabularyOf } from './vocabulary.ts';

export const GET: APIRoute = async () => Response.json(vocabularyOf(handbookTexts(await getHandbook())));
