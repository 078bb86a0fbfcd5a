import { z } from 'astro/zod';
import en from '../../content/i18n/en.json';

type UiKey = keyof typeof en;

/**
 * Our own UI strings, added to Starlight's i18n collection (`content/i18n/<lang>.json`) and read
 * with `Astro.locals.t(key)` or, in widgets, through their config. The keys are those of en.json
 * (the English file is the list); every one is required in every locale, so a missing Bulgarian
 * string fails the build naming the key. What a key is for is said by its name and its English text.
 */
export const UiStringsSchema = z.object(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);
