CREATE TABLE "common_proposal_signatures" (
	"document_id" uuid NOT NULL,
	"member_state_iso3" text NOT NULL,
	"stance" text NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "common_proposal_signatures_document_id_member_state_iso3_pk" PRIMARY KEY("document_id","member_state_iso3"),
	CONSTRAINT "common_proposal_signatures_stance_check" CHECK ("common_proposal_signatures"."stance" in ('support', 'object'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"series" text NOT NULL,
	"number" integer,
	"addendum" integer,
	"parent_document_id" uuid,
	"revision" integer,
	"corrigendum" integer,
	"original_language" text NOT NULL,
	"title" jsonb NOT NULL,
	"target_body" text NOT NULL,
	"access" text NOT NULL,
	"status" text NOT NULL,
	"author_code" text NOT NULL,
	"source_member_state_iso3" text,
	"source_organization_code" text,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"timing" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_series_check" CHECK ("documents"."series" in ('Doc', 'INF', 'DT', 'DL')),
	CONSTRAINT "documents_status_check" CHECK ("documents"."status" in ('draft', 'submitted', 'published', 'withdrawn')),
	CONSTRAINT "documents_access_check" CHECK ("documents"."access" in ('public', 'members', 'authors')),
	CONSTRAINT "documents_one_source_check" CHECK (("documents"."source_member_state_iso3" is null) <> ("documents"."source_organization_code" is null) or "documents"."series" <> 'Doc')
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"mark" text NOT NULL,
	"target_kind" text NOT NULL,
	"version_id" uuid,
	"provision_id" text,
	"new_text_tag" text,
	"text" text,
	"reasons" text,
	"number" text,
	"diff" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_position_unique" UNIQUE("document_id","position"),
	CONSTRAINT "proposals_mark_check" CHECK ("proposals"."mark" in ('ADD', 'ADD*', 'MOD', '(MOD)', 'SUP', 'SUP*', 'NOC', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "submission_policies" (
	"meeting_type" text PRIMARY KEY NOT NULL,
	"late" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_rules" (
	"organization_code" text PRIMARY KEY NOT NULL,
	"min_supporters" integer NOT NULL,
	"max_objection_share" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "common_proposal_signatures" ADD CONSTRAINT "common_proposal_signatures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_proposal_signatures" ADD CONSTRAINT "common_proposal_signatures_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "common_proposal_signatures" ADD CONSTRAINT "common_proposal_signatures_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_source_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("source_member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_source_organization_code_organizations_code_fk" FOREIGN KEY ("source_organization_code") REFERENCES "public"."organizations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_document_id_documents_id_fk" FOREIGN KEY ("parent_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_version_id_instrument_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_rules" ADD CONSTRAINT "support_rules_organization_code_organizations_code_fk" FOREIGN KEY ("organization_code") REFERENCES "public"."organizations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_symbol_unique" ON "documents" USING btree ("meeting_id","series","number","addendum","revision","corrigendum") WHERE "documents"."number" is not null;--> statement-breakpoint
CREATE INDEX "documents_meeting_idx" ON "documents" USING btree ("meeting_id");