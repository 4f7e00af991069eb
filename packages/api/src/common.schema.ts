import { bidiControlMessage, hasBidiControl, LANGUAGES } from '@tansiq/domain';
import { z } from 'zod';

/** Text per official language; English always. */
export const LocalizedText = z
  .object({
    en: z.string(),
    ar: z.string().optional(),
    zh: z.string().optional(),
    fr: z.string().optional(),
    ru: z.string().optional(),
    es: z.string().optional(),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A document's title per official language: at least its original language's (or, for a document made before
 * that rule, English alone). No language is always there: read it with `documentTitleIn` (`@tansiq/domain`).
 */
export const DocumentTitle = z
  .object({
    ar: z.string().optional(),
    zh: z.string().optional(),
    en: z.string().optional(),
    fr: z.string().optional(),
    ru: z.string().optional(),
    es: z.string().optional(),
  })
  .meta({ id: 'DocumentTitle' });
export type DocumentTitle = z.infer<typeof DocumentTitle>;

/**
 * The check of the request fields a reader identifies something by (names, titles, codes, e-mail addresses):
 * bidirectional controls refused (`hasBidiControl`, issue `bidi_control`). Free text (provision texts, reasons,
 * statements, summaries) does not take it and keeps them. One check object, so that a field's schema says
 * whether it holds it (`isPlainText`) however it is wrapped.
 */
const noBidiControls = z.superRefine<string>((value, ctx) => {
  if (hasBidiControl(value)) {
    ctx.addIssue({
      code: 'custom',
      message: bidiControlMessage(value),
      params: { code: 'bidi_control' },
      input: value,
    });
  }
});

/** `schema` (a string) as a name, title, code or e-mail address: bidirectional controls refused. */
export function plain<T extends z.ZodType<string, string>>(schema: T): T {
  return schema.check(noBidiControls);
}

/** True when `schema` itself (not what it wraps) refuses bidirectional controls: see `plain`. */
export function isPlainText(schema: z.ZodType): boolean {
  return (schema._zod.def.checks ?? []).includes(noBidiControls);
}

/** Free text per official language as a client sends it: English required, each version trimmed and non-empty. */
export const localizedInput = (max: number) => localizedOf(z.string().trim().min(1).max(max));

/** A title or a name per official language (English required, trimmed, non-empty): bidirectional controls refused. */
export const localizedTitle = (max: number) => localizedOf(plain(z.string().trim().min(1).max(max)));

/**
 * A document's title as a client sends it: per official language, trimmed, non-empty, bidirectional controls
 * refused, no language required by itself (the body says which: its original language).
 */
export const documentTitleInput = (max: number) => localizedTitle(max).partial({ en: true });

function localizedOf(version: z.ZodType<string, string>) {
  return z
    .object({
      en: version,
      ar: version.optional(),
      zh: version.optional(),
      fr: version.optional(),
      ru: version.optional(),
      es: version.optional(),
    })
    .strict();
}

/** A Member State's alpha-3 code (`EGY`). */
export const Iso3 = plain(z.string().regex(/^[A-Z]{3}$/, 'An alpha-3 country code.'));

/** An e-mail address as a client sends it: trimmed, lower-cased. */
export const EmailAddress = plain(z.string().trim().toLowerCase().max(254)).pipe(z.email('Not an e-mail address.'));

export const Language = z.enum(LANGUAGES).meta({ id: 'Language' });

/** A calendar date, `YYYY-MM-DD` (shape only: the domain checks that the day exists). */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.');

export const Page = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One list of a reference collection, whole and unpaged. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/** One page of a collection that grows. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: Page });

/** One record. */
export const one = <T extends z.ZodType>(item: T) => z.object({ data: item });

export const ErrorIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string().optional(),
  message: z.string(),
});

/** The body of every error answer: the client translates by `code`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(ErrorIssue).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.literal('ok'),
  live: z
    .object({
      listening: z.boolean().meta({
        description:
          "True while the process listens for other processes' live events (PostgreSQL); false while it reconnects, " +
          'when their events reach its streams at the fallback poll. The process serves either way.',
      }),
    })
    .optional()
    .meta({ description: 'On PostgreSQL only: the live stream across processes.' }),
});
export const Clock = z.object({
  now: z.iso.datetime(),
  shifted: z.boolean().meta({ description: 'True when the server runs on the shifted demo clock.' }),
});
export type Clock = z.infer<typeof Clock>;
