CREATE TABLE "ballot_boxes" (
	"vote_id" uuid PRIMARY KEY NOT NULL,
	"ballots" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"member_state_iso3" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_statements_kind_check" CHECK ("decision_statements"."kind" in ('reservation', 'declaration'))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"method" text NOT NULL,
	"outcome" text NOT NULL,
	"vote_id" uuid,
	"consolidation_draft_id" uuid,
	"summary" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_method_check" CHECK ("decisions"."method" in ('consensus', 'vote')),
	CONSTRAINT "decisions_outcome_check" CHECK ("decisions"."outcome" in ('adopted', 'rejected', 'postponed', 'elected', 'noted')),
	CONSTRAINT "decisions_vote_check" CHECK (("decisions"."method" = 'vote') = ("decisions"."vote_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "live_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"post" text NOT NULL,
	"candidate_name" text NOT NULL,
	"gender" text NOT NULL,
	"nominating_state_iso3" text NOT NULL,
	"candidate_state_iso3" text NOT NULL,
	"region_id" text NOT NULL,
	"terms_served" integer NOT NULL,
	"status" text DEFAULT 'standing' NOT NULL,
	"appointed_by" text,
	"vote_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_post_check" CHECK ("nominations"."post" in ('chair', 'vice-chair')),
	CONSTRAINT "nominations_gender_check" CHECK ("nominations"."gender" in ('female', 'male', 'other', 'undisclosed')),
	CONSTRAINT "nominations_status_check" CHECK ("nominations"."status" in ('standing', 'withdrawn', 'appointed')),
	CONSTRAINT "nominations_appointed_check" CHECK (("nominations"."status" = 'appointed') = ("nominations"."appointed_by" is not null) and ("nominations"."appointed_by" is null or "nominations"."appointed_by" in ('consensus', 'election'))),
	CONSTRAINT "nominations_terms_check" CHECK ("nominations"."terms_served" >= 0)
);
--> statement-breakpoint
CREATE TABLE "officer_settings" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"groups" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vote_participations" (
	"vote_id" uuid NOT NULL,
	"member_state_iso3" text NOT NULL,
	CONSTRAINT "vote_participations_vote_id_member_state_iso3_pk" PRIMARY KEY("vote_id","member_state_iso3")
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"agenda_item_id" uuid,
	"title" jsonb NOT NULL,
	"kind" text NOT NULL,
	"method" text NOT NULL,
	"seats" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"officer_group" text,
	"officer_post" text,
	"consolidation_draft_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"electorate" text[],
	"present" text[],
	"proxies" jsonb,
	"drawn_letter" text,
	"counts" jsonb,
	"result" jsonb,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_meeting_number_unique" UNIQUE("meeting_id","number"),
	CONSTRAINT "votes_kind_check" CHECK ("votes"."kind" in ('question', 'election')),
	CONSTRAINT "votes_method_check" CHECK ("votes"."method" in ('secret', 'roll-call', 'show-of-hands')),
	CONSTRAINT "votes_status_check" CHECK ("votes"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "votes_seats_check" CHECK ("votes"."seats" >= 0)
);
--> statement-breakpoint
ALTER TABLE "ballot_boxes" ADD CONSTRAINT "ballot_boxes_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_consolidation_draft_id_consolidation_drafts_id_fk" FOREIGN KEY ("consolidation_draft_id") REFERENCES "public"."consolidation_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominating_state_iso3_member_states_iso3_fk" FOREIGN KEY ("nominating_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_candidate_state_iso3_member_states_iso3_fk" FOREIGN KEY ("candidate_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_settings" ADD CONSTRAINT "officer_settings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_participations" ADD CONSTRAINT "vote_participations_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_consolidation_draft_id_consolidation_drafts_id_fk" FOREIGN KEY ("consolidation_draft_id") REFERENCES "public"."consolidation_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_statements_decision_idx" ON "decision_statements" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decisions_item_idx" ON "decisions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_vote_unique" ON "decisions" USING btree ("vote_id") WHERE "decisions"."vote_id" is not null;--> statement-breakpoint
CREATE INDEX "live_events_meeting_idx" ON "live_events" USING btree ("meeting_id","id");--> statement-breakpoint
CREATE INDEX "nominations_meeting_idx" ON "nominations" USING btree ("meeting_id","group_code","post");