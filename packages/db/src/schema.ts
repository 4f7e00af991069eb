import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  foreignKey,
  date,
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
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { DocumentTitle, LocalizedText, ProvisionDraft, VoteTally } from '@tansiq/domain';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** The six ITU-D regions (reference data). */
export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  abbreviation: text('abbreviation').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  position: integer('position').notNull(),
});

/** Regional telecommunication organizations (reference data). */
export const organizations = pgTable('organizations', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  proposalPrefix: text('proposal_prefix').notNull().unique(),
  regionId: text('region_id')
    .notNull()
    .references(() => regions.id),
});

/** ITU Member States (reference data); names in six languages come from CLDR at presentation. */
export const memberStates = pgTable('member_states', {
  iso3: text('iso3').primaryKey(),
  iso2: text('iso2').notNull().unique(),
  regionId: text('region_id')
    .notNull()
    .references(() => regions.id),
  admittedOn: date('admitted_on', { mode: 'string' }),
  referenceName: text('reference_name').notNull(),
  confidence: text('confidence').notNull(),
  sources: text('sources').notNull(),
});

/** Membership of Member States in organizations, many-to-many, with dates where known. */
export const organizationMemberships = pgTable(
  'organization_memberships',
  {
    organizationCode: text('organization_code')
      .notNull()
      .references(() => organizations.code),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationCode, t.memberStateIso3] }),
    index('organization_memberships_state_idx').on(t.memberStateIso3),
  ],
);

/** Sector Members, Associates and Academia: member entities that take part without voting. */
export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category').notNull(),
    name: text('name').notNull(),
    countryIso3: text('country_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('entities_category_check', sql`${t.category} in ('sector-member', 'associate', 'academia')`),
    index('entities_country_idx').on(t.countryIso3),
  ],
);

/** A conference cycle: the conference and the meetings that prepare it. */
export const cycles = pgTable('cycles', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  series: text('series').notNull().default('wtdc'),
  year: integer('year').notNull(),
  city: jsonb('city').$type<LocalizedText>().notNull(),
  countryIso3: text('country_iso3').references(() => memberStates.iso3),
  theme: text('theme'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A meeting of a cycle. Dates are calendar dates; deadlines are computed from the rules of its type. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    type: text('type').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    city: jsonb('city').$type<LocalizedText>().notNull(),
    countryIso3: text('country_iso3').references(() => memberStates.iso3),
    timeZone: text('time_zone').notNull(),
    languages: text('languages').array().notNull(),
    regionId: text('region_id').references(() => regions.id),
    organizationCode: text('organization_code').references(() => organizations.code),
    /** How many other states' proxies one delegation may hold at this meeting (configuration, docs/delegations.md). */
    maxProxies: integer('max_proxies').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('meetings_max_proxies_check', sql`${t.maxProxies} >= 0`),
    check('meetings_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    index('meetings_cycle_idx').on(t.cycleId, t.startsOn),
  ],
);

/** Deadline rules per meeting type: configuration the secretariat edits, seeded with DOMAIN.md's defaults. */
export const deadlineRules = pgTable(
  'deadline_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingType: text('meeting_type').notNull(),
    kind: text('kind').notNull(),
    daysBefore: integer('days_before').notNull(),
    timeOfDay: text('time_of_day').notNull(),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [
    unique('deadline_rules_type_kind_unique').on(t.meetingType, t.kind),
    check('deadline_rules_days_check', sql`${t.daysBefore} >= 0`),
  ],
);

/**
 * A Member State's participation: in a meeting, or (meeting null) in a cycle's conference when the record says
 * no more than that (earlier WTDCs).
 */
export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    meetingId: uuid('meeting_id').references(() => meetings.id),
  },
  (t) => [
    unique('participations_unique').on(t.memberStateIso3, t.cycleId, t.meetingId).nullsNotDistinct(),
    index('participations_meeting_idx').on(t.meetingId),
  ],
);

/** The append-only audit trail: one row per write, in the write's transaction. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of appending: timestamps can tie (same millisecond, or a test's fixed clock). */
    sequence: bigint('sequence', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_time_idx').on(t.occurredAt),
  ],
);

/** Facts about this installation (e.g. whether the demo was loaded, whether defaults were seeded). */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** People who sign in. A focal point or delegate acts for a Member State or an entity; a coordinator for an organization. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    memberStateIso3: text('member_state_iso3').references(() => memberStates.iso3),
    entityId: uuid('entity_id').references(() => entities.id),
    organizationCode: text('organization_code').references(() => organizations.code),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check(
      'users_role_check',
      sql`${t.role} in ('secretariat', 'focal-point', 'regional-coordinator', 'chair', 'delegate', 'observer')`,
    ),
    check('users_one_entity_check', sql`${t.memberStateIso3} is null or ${t.entityId} is null`),
    index('users_member_state_idx').on(t.memberStateIso3),
    index('users_entity_idx').on(t.entityId),
  ],
);

/** Signed-in browser sessions: the cookie carries a secret whose SHA-256 is stored here. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** API tokens for scripts and the CLI: stored as SHA-256, shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/** Resolutions, Recommendations, Questions, Declarations, Action Plans and regional initiatives. */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** "1", "5/1", "[ARB-1]" for a draft new text, "ARB1" for a regional initiative. */
    number: text('number').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('instruments_kind_number_unique').on(t.kind, t.number),
    check(
      'instruments_kind_check',
      sql`${t.kind} in ('resolution', 'recommendation', 'question', 'declaration', 'action-plan', 'regional-initiative')`,
    ),
  ],
);

/** A version of an instrument ("Rev. Buenos Aires, 2017"), adopted at a meeting, with its status. */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** The version label in English form: "Rev. Buenos Aires, 2017", "Dubai, 2014". */
    label: text('label').notNull(),
    adoptedAtMeetingId: uuid('adopted_at_meeting_id').references(() => meetings.id),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    status: text('status').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('instrument_versions_label_unique').on(t.instrumentId, t.label),
    check('instrument_versions_status_check', sql`${t.status} in ('in-force', 'superseded', 'abrogated')`),
  ],
);

/** A version's words per language: its revision line as printed, subject line and opening formula. */
export const versionTexts = pgTable(
  'version_texts',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    language: text('language').notNull(),
    revision: text('revision'),
    title: text('title').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.language] })],
);

/** The provisions of a version, language-neutral: one row per id, in document order. */
export const provisions = pgTable(
  'provisions',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    provisionId: text('provision_id').notNull(),
    position: integer('position').notNull(),
    section: text('section').notNull(),
    headingKey: text('heading_key').notNull(),
    key: text('key').notNull(),
    parent: text('parent'),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.provisionId] }),
    index('provisions_order_idx').on(t.versionId, t.position),
  ],
);

/** A provision's words in one language: the heading and number as printed, and its text. */
export const provisionTexts = pgTable(
  'provision_texts',
  {
    versionId: uuid('version_id').notNull(),
    provisionId: text('provision_id').notNull(),
    language: text('language').notNull(),
    heading: text('heading').notNull(),
    num: text('num').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.provisionId, t.language] }),
    foreignKey({
      columns: [t.versionId, t.provisionId],
      foreignColumns: [provisions.versionId, provisions.provisionId],
    }),
  ],
);

/** Lineage between instruments: revises, merged-into, split-from, abrogates. */
export const instrumentLinks = pgTable(
  'instrument_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromInstrumentId: uuid('from_instrument_id')
      .notNull()
      .references(() => instruments.id),
    toInstrumentId: uuid('to_instrument_id')
      .notNull()
      .references(() => instruments.id),
    relation: text('relation').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
  },
  (t) => [
    unique('instrument_links_unique').on(t.fromInstrumentId, t.toInstrumentId, t.relation),
    check(
      'instrument_links_relation_check',
      sql`${t.relation} in ('revises', 'merged-into', 'split-from', 'abrogates')`,
    ),
  ],
);

/**
 * A corrigendum of an adopted version ("Corrigendum 1"): corrects its words in one stored language. Numbered
 * 1, 2, ... per version whatever the language; the version's own provision_texts never change.
 */
export const corrigenda = pgTable(
  'corrigenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    number: integer('number').notNull(),
    language: text('language').notNull(),
    reason: text('reason').notNull(),
    /** The user who issued it; null when the operator did (CLI). */
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('corrigenda_version_number_unique').on(t.versionId, t.number),
    check('corrigenda_number_check', sql`${t.number} >= 1`),
    // A corrigendum corrects a language the version is stored in.
    foreignKey({
      name: 'corrigenda_version_text_fk',
      columns: [t.versionId, t.language],
      foreignColumns: [versionTexts.versionId, versionTexts.language],
    }),
  ],
);

/** One provision's correction in a corrigendum: its text before (as it read then) and after. */
export const corrigendumChanges = pgTable(
  'corrigendum_changes',
  {
    corrigendumId: uuid('corrigendum_id')
      .notNull()
      .references(() => corrigenda.id),
    versionId: uuid('version_id').notNull(),
    provisionId: text('provision_id').notNull(),
    before: text('before').notNull(),
    after: text('after').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.corrigendumId, t.provisionId] }),
    index('corrigendum_changes_provision_idx').on(t.versionId, t.provisionId),
    foreignKey({
      name: 'corrigendum_changes_provision_fk',
      columns: [t.versionId, t.provisionId],
      foreignColumns: [provisions.versionId, provisions.provisionId],
    }),
  ],
);

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

/**
 * A drafting group's consolidation of one instrument version at one meeting, in one language, owned by a chair.
 * `revision` counts the writes (optimistic concurrency: a write names the revision it is based on). Once
 * adopted it records what adoption made and how it was decided.
 */
export const consolidationDrafts = pgTable(
  'consolidation_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    language: text('language').notNull(),
    ownerId: uuid('owner_id').references(() => users.id),
    status: text('status').notNull(),
    revision: integer('revision').notNull().default(0),
    /** A whole-text SUP or SUP* picked: adoption abrogates the text instead of revising it. */
    wholeTextProposalId: uuid('whole_text_proposal_id').references(() => proposals.id),
    /** With a SUP*: the instrument the text is merged into (a `merged-into` lineage link on adoption). */
    mergedIntoInstrumentId: uuid('merged_into_instrument_id').references(() => instruments.id),
    outcome: text('outcome'),
    adoptedVersionId: uuid('adopted_version_id').references(() => instrumentVersions.id),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    adoptedBy: text('adopted_by'),
    /** Draft provision id → id in the adopted version. */
    renumbered: jsonb('renumbered').$type<Record<string, string>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('consolidation_drafts_open_unique')
      .on(t.meetingId, t.versionId)
      .where(sql`${t.status} = 'open'`),
    index('consolidation_drafts_meeting_idx').on(t.meetingId),
    check('consolidation_drafts_status_check', sql`${t.status} in ('open', 'adopted')`),
    check('consolidation_drafts_language_check', sql`${t.language} in ('ar', 'en', 'fr')`),
    check('consolidation_drafts_outcome_check', sql`${t.outcome} is null or ${t.outcome} in ('revised', 'abrogated')`),
    check(
      'consolidation_drafts_adopted_by_check',
      sql`${t.adoptedBy} is null or ${t.adoptedBy} in ('consensus', 'vote')`,
    ),
    check('consolidation_drafts_revision_check', sql`${t.revision} >= 0`),
  ],
);

/**
 * The working text of one provision of a draft (a base provision, or one that proposals add): the proposals
 * picked and the merged text with the provenance of every span. A provision without a row is the base unchanged.
 */
export const consolidationDraftProvisions = pgTable(
  'consolidation_draft_provisions',
  {
    draftId: uuid('draft_id')
      .notNull()
      .references(() => consolidationDrafts.id),
    provisionId: text('provision_id').notNull(),
    picks: uuid('picks').array().notNull(),
    draft: jsonb('draft').$type<ProvisionDraft>().notNull(),
    /** True once the chair has edited the text or settled a bracket. */
    edited: boolean('edited').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.provisionId] })],
);

/** A Member State's delegation to a meeting (one per state), and whether it is checked in. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'date' }),
    /** The audit actor id of whoever checked it in (a user id, or the operator's name). */
    checkedInBy: text('checked_in_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('delegations_meeting_state_unique').on(t.meetingId, t.memberStateIso3),
    check('delegations_checked_in_check', sql`(${t.checkedInAt} is null) = (${t.checkedInBy} is null)`),
  ],
);

/** A member of a delegation; one head, at most one deputy, at most one voting delegate. */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    email: text('email'),
    votingDelegate: boolean('voting_delegate').notNull().default(false),
  },
  (t) => [
    unique('delegation_members_position_unique').on(t.delegationId, t.position),
    uniqueIndex('delegation_members_one_head')
      .on(t.delegationId)
      .where(sql`${t.role} = 'head'`),
    uniqueIndex('delegation_members_one_deputy')
      .on(t.delegationId)
      .where(sql`${t.role} = 'deputy'`),
    uniqueIndex('delegation_members_one_voter')
      .on(t.delegationId)
      .where(sql`${t.votingDelegate}`),
    check('delegation_members_role_check', sql`${t.role} in ('head', 'deputy', 'delegate', 'adviser')`),
  ],
);

/** A proxy one delegation gives another at a meeting, in force until withdrawn (kept afterwards as history). */
export const proxies = pgTable(
  'proxies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    giverIso3: text('giver_iso3').notNull(),
    holderIso3: text('holder_iso3').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true, mode: 'date' }).notNull(),
    givenBy: text('given_by').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawnBy: text('withdrawn_by'),
  },
  (t) => [
    foreignKey({
      name: 'proxies_giver_fk',
      columns: [t.meetingId, t.giverIso3],
      foreignColumns: [delegations.meetingId, delegations.memberStateIso3],
    }),
    foreignKey({
      name: 'proxies_holder_fk',
      columns: [t.meetingId, t.holderIso3],
      foreignColumns: [delegations.meetingId, delegations.memberStateIso3],
    }),
    uniqueIndex('proxies_one_in_force')
      .on(t.meetingId, t.giverIso3)
      .where(sql`${t.withdrawnAt} is null`),
    index('proxies_holder_idx').on(t.meetingId, t.holderIso3),
    check('proxies_not_to_self_check', sql`${t.giverIso3} <> ${t.holderIso3}`),
  ],
);

/** An item of a meeting's agenda ("3", "3.1"), to hang documents and, later, decisions on. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    number: text('number').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('agenda_items_number_unique').on(t.meetingId, t.number),
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
  ],
);

/** A document of the meeting linked to an agenda item, in the order the item lists them. */
export const agendaItemDocuments = pgTable(
  'agenda_item_documents',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.documentId] }),
    index('agenda_item_documents_document_idx').on(t.documentId),
  ],
);

/**
 * The officer posts of a meeting's groups and the slate rules (docs/officers.md); a meeting without a row uses the
 * domain's defaults (`DEFAULT_OFFICER_GROUPS`, `DEFAULT_OFFICER_RULES`).
 */
export const officerSettings = pgTable('officer_settings', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  groups: jsonb('groups').notNull(),
  rules: jsonb('rules').notNull(),
  updatedAt: updatedAt(),
});

/** A Member State's nomination of a candidate for a post of a group, at a meeting. */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    groupCode: text('group_code').notNull(),
    post: text('post').notNull(),
    candidateName: text('candidate_name').notNull(),
    gender: text('gender').notNull(),
    nominatingStateIso3: text('nominating_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    candidateStateIso3: text('candidate_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    termsServed: integer('terms_served').notNull(),
    /** `standing`, `withdrawn`, or `appointed` (by consensus, or elected by `voteId`). */
    status: text('status').notNull().default('standing'),
    appointedBy: text('appointed_by'),
    voteId: uuid('vote_id').references((): AnyPgColumn => votes.id),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('nominations_meeting_idx').on(t.meetingId, t.groupCode, t.post),
    check('nominations_post_check', sql`${t.post} in ('chair', 'vice-chair')`),
    check('nominations_gender_check', sql`${t.gender} in ('female', 'male', 'other', 'undisclosed')`),
    check('nominations_status_check', sql`${t.status} in ('standing', 'withdrawn', 'appointed')`),
    check(
      'nominations_appointed_check',
      sql`(${t.status} = 'appointed') = (${t.appointedBy} is not null) and (${t.appointedBy} is null or ${t.appointedBy} in ('consensus', 'election'))`,
    ),
    check('nominations_terms_check', sql`${t.termsServed} >= 0`),
  ],
);

/** One candidate on a ballot: its id on the record (a nomination id, or a label's slug) and what voters see. */
export interface VoteCandidate {
  id: string;
  label: string;
}

/**
 * The tally of a closed vote as `tansiq tally` prints it (the domain's `VoteTally`). A vote closed before the
 * tally gave its figures (issue 13) holds the first six fields only: the server recounts its record for the rest.
 */
export type StoredTally = Pick<VoteTally, 'quorum' | 'votesCast' | 'abstentions' | 'result' | 'elected' | 'nextRound'> &
  Partial<VoteTally>;

/**
 * A vote of a meeting, on a question or an election. The electorate, the states present and the proxies are fixed
 * when the vote opens; the result is stored when it closes. For a secret ballot nothing here says who chose what.
 */
export const votes = pgTable(
  'votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** 1, 2, 3…: the meeting's votes in the order they were created. */
    number: integer('number').notNull(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    method: text('method').notNull(),
    seats: integer('seats').notNull(),
    candidates: jsonb('candidates').$type<VoteCandidate[]>().notNull(),
    /** The rules of this vote (the domain's `VotingRules`, defaults filled in). */
    rules: jsonb('rules').notNull(),
    /** An election to a post: the group and post whose nominations are the candidates. */
    officerGroup: text('officer_group'),
    officerPost: text('officer_post'),
    /** A vote on adopting a consolidated text. */
    consolidationDraftId: uuid('consolidation_draft_id').references(() => consolidationDrafts.id),
    status: text('status').notNull().default('draft'),
    electorate: text('electorate').array(),
    present: text('present').array(),
    proxies: jsonb('proxies').$type<Record<string, string>>(),
    /** The letter drawn by lot for a roll-call. */
    drawnLetter: text('drawn_letter'),
    /** The counts entered after a show of hands. */
    counts: jsonb('counts').$type<{ yes: number; no: number; abstain: number }>(),
    result: jsonb('result').$type<StoredTally>(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('votes_meeting_number_unique').on(t.meetingId, t.number),
    check('votes_kind_check', sql`${t.kind} in ('question', 'election')`),
    check('votes_method_check', sql`${t.method} in ('secret', 'roll-call', 'show-of-hands')`),
    check('votes_status_check', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('votes_seats_check', sql`${t.seats} >= 0`),
  ],
);

/**
 * The states whose ballot a vote has received: the vote and the state, nothing else (no id, no time, no order),
 * so that nothing ties a row here to a ballot in `ballot_boxes`.
 */
export const voteParticipations = pgTable(
  'vote_participations',
  {
    voteId: uuid('vote_id')
      .notNull()
      .references(() => votes.id),
    memberStateIso3: text('member_state_iso3').notNull(),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.memberStateIso3] })],
);

/** One ballot in a box: its choice, the receipt code given to the voter, and the state only in a roll-call. */
export interface StoredBallot {
  choice: string | string[];
  receipt: string;
  state?: string;
}

/**
 * A vote's ballots, one row per vote, kept in an order drawn at random on every ballot and again at the close,
 * so the order says nothing about who voted when.
 */
export const ballotBoxes = pgTable('ballot_boxes', {
  voteId: uuid('vote_id')
    .primaryKey()
    .references(() => votes.id),
  ballots: jsonb('ballots').$type<StoredBallot[]>().notNull(),
});

/** What a meeting decided on an agenda item: by consensus or by a vote, with the outcome. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    method: text('method').notNull(),
    outcome: text('outcome').notNull(),
    voteId: uuid('vote_id').references(() => votes.id),
    /** The consolidation draft a decision adopted (its adoption records `adoptedBy`). */
    consolidationDraftId: uuid('consolidation_draft_id').references(() => consolidationDrafts.id),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('decisions_item_idx').on(t.agendaItemId),
    uniqueIndex('decisions_vote_unique')
      .on(t.voteId)
      .where(sql`${t.voteId} is not null`),
    check('decisions_method_check', sql`${t.method} in ('consensus', 'vote')`),
    check('decisions_outcome_check', sql`${t.outcome} in ('adopted', 'rejected', 'postponed', 'elected', 'noted')`),
    check('decisions_vote_check', sql`(${t.method} = 'vote') = (${t.voteId} is not null)`),
  ],
);

/** A reservation or declaration a Member State attaches to a decision. */
export const decisionStatements = pgTable(
  'decision_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    memberStateIso3: text('member_state_iso3')
      .notNull()
      .references(() => memberStates.iso3),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('decision_statements_decision_idx').on(t.decisionId),
    check('decision_statements_kind_check', sql`${t.kind} in ('reservation', 'declaration')`),
  ],
);

/**
 * The live stream of a meeting (votes opened, ballots received so far, closed with the result; decisions), kept so
 * that a client that reconnects with `Last-Event-ID` misses nothing. A ballot event carries a count, never a state.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('live_events_meeting_idx').on(t.meetingId, t.id)],
);
