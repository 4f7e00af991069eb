import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DocumentTitle } from '@tansiq/domain';
import { users } from './accounts.ts';
import { createdAt, updatedAt } from './columns.ts';
import { instrumentVersions } from './library.ts';
import { meetings } from './meetings.ts';
import { memberStates, organizations } from './registry.ts';

/* Meeting documents: contributions with their proposals, language versions as files, common proposals' signatures and the submission rules. */

/** A meeting document: a contribution (series Doc) with its proposals, or an INF, DT or DL document. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    series: text('series').notNull(),
    /** Given on submission: the next number of the series, or the parent's number for an addendum. */
    number: integer('number'),
    addendum: integer('addendum'),
    parentDocumentId: uuid('parent_document_id'),
    revision: integer('revision'),
    corrigendum: integer('corrigendum'),
    originalLanguage: text('original_language').notNull(),
    /** In the original language at least (English alone for documents made before that rule). */
    title: jsonb('title').$type<DocumentTitle>().notNull(),
    targetBody: text('target_body').notNull(),
    access: text('access').notNull(),
    status: text('status').notNull(),
    /** The prefix of its proposal numbers: a Member State (EGY) or an organization's (ARB). */
    authorCode: text('author_code').notNull(),
    sourceMemberStateIso3: text('source_member_state_iso3').references(() => memberStates.iso3),
    sourceOrganizationCode: text('source_organization_code').references(() => organizations.code),
    createdBy: uuid('created_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    timing: text('timing'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.parentDocumentId], foreignColumns: [t.id] }),
    uniqueIndex('documents_symbol_unique')
      .on(t.meetingId, t.series, t.number, t.addendum, t.revision, t.corrigendum)
      .where(sql`${t.number} is not null`),
    check('documents_series_check', sql`${t.series} in ('Doc', 'INF', 'DT', 'DL')`),
    check('documents_status_check', sql`${t.status} in ('draft', 'submitted', 'published', 'withdrawn')`),
    check('documents_access_check', sql`${t.access} in ('public', 'members', 'authors')`),
    check(
      'documents_one_source_check',
      sql`(${t.sourceMemberStateIso3} is null) <> (${t.sourceOrganizationCode} is null) or ${t.series} <> 'Doc'`,
    ),
    index('documents_meeting_idx').on(t.meetingId),
  ],
);

/** Raw bytes (`bytea`): PGlite answers a Uint8Array, node-postgres a Buffer; both are read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A document's file in one language (its original or a translation): one current file per language, replaced
 * by a new upload. The bytes live here; reads that list files leave them out.
 */
export const documentFiles = pgTable(
  'document_files',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    language: text('language').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** SHA-256 of the bytes, in hex. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.language] }),
    check('document_files_language_check', sql`${t.language} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`),
    check(
      'document_files_media_type_check',
      sql`${t.mediaType} in ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')`,
    ),
    check('document_files_size_check', sql`${t.size} = octet_length(${t.content})`),
  ],
);

/** A proposal of a contribution: its mark, target, text and reasons; numbered on submission. */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    position: integer('position').notNull(),
    mark: text('mark').notNull(),
    targetKind: text('target_kind').notNull(),
    versionId: uuid('version_id').references(() => instrumentVersions.id),
    provisionId: text('provision_id'),
    newTextTag: text('new_text_tag'),
    text: text('text'),
    reasons: text('reasons'),
    number: text('number'),
    /** The word diff of a MOD against its base, with the algorithm that made it. */
    diff: jsonb('diff').$type<{ algorithm: string; coarse: boolean; ops: { op: string; text: string }[] }>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('proposals_position_unique').on(t.documentId, t.position),
    check('proposals_mark_check', sql`${t.mark} in ('ADD', 'ADD*', 'MOD', '(MOD)', 'SUP', 'SUP*', 'NOC', 'OTHER')`),
  ],
);

/** A Member State's stance on a regional common proposal: support or objection, until withdrawn. */
export const commonProposalSignatures = pgTable(
  'common_proposal_signatures',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    stance: text('stance').notNull(),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.memberStateIso3] }),
    check('common_proposal_signatures_stance_check', sql`${t.stance} in ('support', 'object')`),
  ],
);

/** Each organization's rule for a common proposal (configuration, seeded with defaults). */
export const supportRules = pgTable('support_rules', {
  organizationCode: text('organization_code')
    .primaryKey()
    .references(() => organizations.code),
  minSupporters: integer('min_supporters').notNull(),
  maxObjectionShare: doublePrecision('max_objection_share').notNull(),
});

/** Per meeting type, whether a late contribution is refused or accepted and flagged (configuration). */
export const submissionPolicies = pgTable('submission_policies', {
  meetingType: text('meeting_type').primaryKey(),
  late: text('late').notNull(),
});
