CREATE TABLE "consolidation_draft_provisions" (
	"draft_id" uuid NOT NULL,
	"provision_id" text NOT NULL,
	"picks" uuid[] NOT NULL,
	"draft" jsonb NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consolidation_draft_provisions_draft_id_provision_id_pk" PRIMARY KEY("draft_id","provision_id")
);
--> statement-breakpoint
CREATE TABLE "consolidation_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"language" text NOT NULL,
	"owner_id" uuid,
	"status" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"whole_text_proposal_id" uuid,
	"merged_into_instrument_id" uuid,
	"outcome" text,
	"adopted_version_id" uuid,
	"adopted_on" date,
	"adopted_by" text,
	"renumbered" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consolidation_drafts_status_check" CHECK ("consolidation_drafts"."status" in ('open', 'adopted')),
	CONSTRAINT "consolidation_drafts_language_check" CHECK ("consolidation_drafts"."language" in ('ar', 'en', 'fr')),
	CONSTRAINT "consolidation_drafts_outcome_check" CHECK ("consolidation_drafts"."outcome" is null or "consolidation_drafts"."outcome" in ('revised', 'abrogated')),
	CONSTRAINT "consolidation_drafts_adopted_by_check" CHECK ("consolidation_drafts"."adopted_by" is null or "consolidation_drafts"."adopted_by" in ('consensus', 'vote')),
	CONSTRAINT "consolidation_drafts_revision_check" CHECK ("consolidation_drafts"."revision" >= 0)
);
--> statement-breakpoint
ALTER TABLE "consolidation_draft_provisions" ADD CONSTRAINT "consolidation_draft_provisions_draft_id_consolidation_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."consolidation_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_version_id_instrument_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_whole_text_proposal_id_proposals_id_fk" FOREIGN KEY ("whole_text_proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_merged_into_instrument_id_instruments_id_fk" FOREIGN KEY ("merged_into_instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidation_drafts" ADD CONSTRAINT "consolidation_drafts_adopted_version_id_instrument_versions_id_fk" FOREIGN KEY ("adopted_version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consolidation_drafts_open_unique" ON "consolidation_drafts" USING btree ("meeting_id","version_id") WHERE "consolidation_drafts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "consolidation_drafts_meeting_idx" ON "consolidation_drafts" USING btree ("meeting_id");