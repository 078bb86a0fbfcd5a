import type { APIRoute, GetStaticPaths } from 'astro';
import { hashQuestions } from '../lib/quiz/record';
import { LANGS, type Lang } from '../lib/paths';
import { getBanks, toPool } from '../data/quiz-pool';

/**
 * The final assessment's whole question pool as one static JSON file per language. The page carries
 * only the questions of the first draw; a new attempt fetches this file once (the browser caches it).
 */
export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const questions = toPool(await getBanks(params.lang as Lang));
  const body = JSON.stringify({ hash: hashQuestions(questions), questions });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
