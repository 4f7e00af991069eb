CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"changes" jsonb NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"series" text DEFAULT 'wtdc' NOT NULL,
	"year" integer NOT NULL,
	"city" jsonb NOT NULL,
	"country_iso3" text,
	"theme" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycles_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "deadline_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_type" text NOT NULL,
	"kind" text NOT NULL,
	"days_before" integer NOT NULL,
	"time_of_day" text NOT NULL,
	"time_zone" text NOT NULL,
	CONSTRAINT "deadline_rules_type_kind_unique" UNIQUE("meeting_type","kind"),
	CONSTRAINT "deadline_rules_days_check" CHECK ("deadline_rules"."days_before" >= 0)
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"country_iso3" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_category_check" CHECK ("entities"."category" in ('sector-member', 'associate', 'academia'))
);
--> statement-breakpoint
CREATE TABLE "installation_facts" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"city" jsonb NOT NULL,
	"country_iso3" text,
	"time_zone" text NOT NULL,
	"languages" text[] NOT NULL,
	"region_id" text,
	"organization_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_code_unique" UNIQUE("code"),
	CONSTRAINT "meetings_dates_check" CHECK ("meetings"."ends_on" >= "meetings"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "member_states" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"region_id" text NOT NULL,
	"admitted_on" date,
	"reference_name" text NOT NULL,
	"confidence" text NOT NULL,
	"sources" text NOT NULL,
	CONSTRAINT "member_states_iso2_unique" UNIQUE("iso2")
);
--> statement-breakpoint
CREATE TABLE "organization_memberships" (
	"organization_code" text NOT NULL,
	"member_state_iso3" text NOT NULL,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "organization_memberships_organization_code_member_state_iso3_pk" PRIMARY KEY("organization_code","member_state_iso3")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"proposal_prefix" text NOT NULL,
	"region_id" text NOT NULL,
	CONSTRAINT "organizations_proposal_prefix_unique" UNIQUE("proposal_prefix")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_state_iso3" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"meeting_id" uuid,
	CONSTRAINT "participations_unique" UNIQUE NULLS NOT DISTINCT("member_state_iso3","cycle_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" text PRIMARY KEY NOT NULL,
	"abbreviation" text NOT NULL,
	"name" jsonb NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "regions_abbreviation_unique" UNIQUE("abbreviation")
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_country_iso3_member_states_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_country_iso3_member_states_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_country_iso3_member_states_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organization_code_organizations_code_fk" FOREIGN KEY ("organization_code") REFERENCES "public"."organizations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_states" ADD CONSTRAINT "member_states_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_memberships" ADD CONSTRAINT "organization_memberships_organization_code_organizations_code_fk" FOREIGN KEY ("organization_code") REFERENCES "public"."organizations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_memberships" ADD CONSTRAINT "organization_memberships_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_time_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "entities_country_idx" ON "entities" USING btree ("country_iso3");--> statement-breakpoint
CREATE INDEX "meetings_cycle_idx" ON "meetings" USING btree ("cycle_id","starts_on");--> statement-breakpoint
CREATE INDEX "organization_memberships_state_idx" ON "organization_memberships" USING btree ("member_state_iso3");--> statement-breakpoint
CREATE INDEX "participations_meeting_idx" ON "participations" USING btree ("meeting_id");