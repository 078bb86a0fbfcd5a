import { defineMiddleware } from 'astro:middleware';
import en from '../../content/i18n/en.json';

const OUR_KEYS = new Set(Object.keys(en));

/** Wraps locals.t so that our strings are filled without HTML escaping (see plain-ui-strings.ts). */
export const onRequest = defineMiddleware((context, next) => {
  const t = context.locals.t;
  const plain = ((key: string, options?: unknown) =>
    OUR_KEYS.has(key) && typeof options === 'object' && options !== null
      ? t(
          key as never,
          {
            ...(options as object),
            interpolation: { ...(options as { interpolation?: object }).interpolation, escapeValue: false },
          } as never,
        )
      : t(key as never, options as never)) as unknown as typeof t;
  context.locals.t = Object.assign(plain, { all: t.all, exists: t.exists, dir: t.dir });
  return next();
});
