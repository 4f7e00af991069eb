import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { correctedProvisionText } from './corrigendum.repository.ts';
import {
  instrumentLinks,
  instrumentVersions,
  instruments,
  provisionTexts,
  provisions,
  versionTexts,
} from '../schema/index.ts';

export type InstrumentRow = typeof instruments.$inferSelect;
export type VersionRow = typeof instrumentVersions.$inferSelect;
export type ProvisionRow = typeof provisions.$inferSelect;
export type ProvisionTextRow = typeof provisionTexts.$inferSelect;
export type VersionTextRow = typeof versionTexts.$inferSelect;

export async function findInstrument(db: Executor, kind: string, number: string): Promise<InstrumentRow | undefined> {
  const [row] = await db
    .select()
    .from(instruments)
    .where(and(eq(instruments.kind, kind), eq(instruments.number, number)));
  return row;
}

export async function findInstrumentById(db: Executor, id: string): Promise<InstrumentRow | undefined> {
  const [row] = await db.select().from(instruments).where(eq(instruments.id, id));
  return row;
}

export async function insertInstrument(db: Executor, values: typeof instruments.$inferInsert): Promise<InstrumentRow> {
  const [row] = await db.insert(instruments).values(values).returning();
  return row!;
}

/** Instruments of a kind (or all), by kind then number as text. */
export function listInstrumentRows(db: Executor, kind?: string): Promise<InstrumentRow[]> {
  return db
    .select()
    .from(instruments)
    .where(kind === undefined ? undefined : eq(instruments.kind, kind))
    .orderBy(asc(instruments.kind), asc(instruments.number));
}

/**
 * The versions of some instruments, newest first, with the languages each is stored in and its label as each
 * language's text prints it (the revision line, where the text has one).
 */
export async function listVersions(
  db: Executor,
  instrumentIds: string[],
): Promise<(VersionRow & { languages: string[]; labels: Record<string, string> })[]> {
  if (instrumentIds.length === 0) {
    return [];
  }
  // One query after the other: the executor may be a transaction, which is one connection.
  const rows = await db
    .select()
    .from(instrumentVersions)
    .where(inArray(instrumentVersions.instrumentId, instrumentIds))
    .orderBy(desc(instrumentVersions.createdAt), desc(instrumentVersions.label));
  const texts = await db
    .select({ versionId: versionTexts.versionId, language: versionTexts.language, revision: versionTexts.revision })
    .from(versionTexts)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, versionTexts.versionId))
    .where(inArray(instrumentVersions.instrumentId, instrumentIds))
    .orderBy(asc(versionTexts.language));

  const languages = new Map<string, string[]>();
  const labels = new Map<string, Record<string, string>>();
  for (const text of texts) {
    languages.set(text.versionId, [...(languages.get(text.versionId) ?? []), text.language]);
    if (text.revision !== null) {
      labels.set(text.versionId, { ...labels.get(text.versionId), [text.language]: text.revision });
    }
  }
  return rows.map((row) => ({ ...row, languages: languages.get(row.id) ?? [], labels: labels.get(row.id) ?? {} }));
}

export async function findVersion(db: Executor, instrumentId: string, label: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.instrumentId, instrumentId), eq(instrumentVersions.label, label)));
  return row;
}

export async function findVersionById(db: Executor, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(instrumentVersions).where(eq(instrumentVersions.id, id));
  return row;
}

export async function insertVersion(db: Executor, values: typeof instrumentVersions.$inferInsert): Promise<VersionRow> {
  const [row] = await db.insert(instrumentVersions).values(values).returning();
  return row!;
}

/** The provisions of a version in document order. */
export function listProvisions(db: Executor, versionId: string): Promise<ProvisionRow[]> {
  return db.select().from(provisions).where(eq(provisions.versionId, versionId)).orderBy(asc(provisions.position));
}

export async function insertProvisions(db: Executor, rows: (typeof provisions.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) {
    await db.insert(provisions).values(rows);
  }
}

/** The languages a version is stored in, with their title lines. */
export function listVersionTexts(db: Executor, versionId: string, languages?: string[]): Promise<VersionTextRow[]> {
  return db
    .select()
    .from(versionTexts)
    .where(
      languages === undefined
        ? eq(versionTexts.versionId, versionId)
        : and(eq(versionTexts.versionId, versionId), inArray(versionTexts.language, languages)),
    )
    .orderBy(asc(versionTexts.language));
}

export async function insertVersionText(db: Executor, values: typeof versionTexts.$inferInsert): Promise<void> {
  await db.insert(versionTexts).values(values);
}

/** The columns of provision_texts with the text corrected by the corrigenda, or as adopted. */
function provisionTextColumns(as: 'corrected' | 'adopted') {
  return {
    versionId: provisionTexts.versionId,
    provisionId: provisionTexts.provisionId,
    language: provisionTexts.language,
    heading: provisionTexts.heading,
    num: provisionTexts.num,
    text: as === 'adopted' ? provisionTexts.text : correctedProvisionText,
  };
}

/** A version's provision texts, with its corrigenda applied unless `as` is `adopted`. */
export function listProvisionTexts(
  db: Executor,
  versionId: string,
  languages?: string[],
  as: 'corrected' | 'adopted' = 'corrected',
): Promise<ProvisionTextRow[]> {
  return db
    .select(provisionTextColumns(as))
    .from(provisionTexts)
    .where(
      languages === undefined
        ? eq(provisionTexts.versionId, versionId)
        : and(eq(provisionTexts.versionId, versionId), inArray(provisionTexts.language, languages)),
    );
}

export async function insertProvisionTexts(db: Executor, rows: (typeof provisionTexts.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) {
    await db.insert(provisionTexts).values(rows);
  }
}

/** The lineage links an instrument takes part in, either way. */
export function listLinksOf(db: Executor, instrumentId: string) {
  return db
    .select()
    .from(instrumentLinks)
    .where(or(eq(instrumentLinks.fromInstrumentId, instrumentId), eq(instrumentLinks.toInstrumentId, instrumentId)));
}

/** One provision's words in every stored language, with the version's corrigenda applied. */
export function listTextsOfProvision(
  db: Executor,
  versionId: string,
  provisionId: string,
): Promise<ProvisionTextRow[]> {
  return db
    .select(provisionTextColumns('corrected'))
    .from(provisionTexts)
    .where(and(eq(provisionTexts.versionId, versionId), eq(provisionTexts.provisionId, provisionId)));
}

/** Records a lineage link; false when it exists already. */
export async function insertInstrumentLink(
  db: Executor,
  values: typeof instrumentLinks.$inferInsert,
): Promise<boolean> {
  const rows = await db.insert(instrumentLinks).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}
