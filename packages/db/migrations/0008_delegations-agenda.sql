CREATE TABLE "agenda_item_documents" (
	"agenda_item_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agenda_item_documents_agenda_item_id_document_id_pk" PRIMARY KEY("agenda_item_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" jsonb NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_number_unique" UNIQUE("meeting_id","number")
);
--> statement-breakpoint
CREATE TABLE "delegation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delegation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"voting_delegate" boolean DEFAULT false NOT NULL,
	CONSTRAINT "delegation_members_position_unique" UNIQUE("delegation_id","position"),
	CONSTRAINT "delegation_members_role_check" CHECK ("delegation_members"."role" in ('head', 'deputy', 'delegate', 'adviser'))
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_state_iso3" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delegations_meeting_state_unique" UNIQUE("meeting_id","member_state_iso3"),
	CONSTRAINT "delegations_checked_in_check" CHECK (("delegations"."checked_in_at" is null) = ("delegations"."checked_in_by" is null))
);
--> statement-breakpoint
CREATE TABLE "proxies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"giver_iso3" text NOT NULL,
	"holder_iso3" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"given_by" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	CONSTRAINT "proxies_not_to_self_check" CHECK ("proxies"."giver_iso3" <> "proxies"."holder_iso3")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "max_proxies" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_item_documents" ADD CONSTRAINT "agenda_item_documents_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_documents" ADD CONSTRAINT "agenda_item_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_member_state_iso3_member_states_iso3_fk" FOREIGN KEY ("member_state_iso3") REFERENCES "public"."member_states"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxies" ADD CONSTRAINT "proxies_giver_fk" FOREIGN KEY ("meeting_id","giver_iso3") REFERENCES "public"."delegations"("meeting_id","member_state_iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxies" ADD CONSTRAINT "proxies_holder_fk" FOREIGN KEY ("meeting_id","holder_iso3") REFERENCES "public"."delegations"("meeting_id","member_state_iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_documents_document_idx" ON "agenda_item_documents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_members_one_head" ON "delegation_members" USING btree ("delegation_id") WHERE "delegation_members"."role" = 'head';--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_members_one_deputy" ON "delegation_members" USING btree ("delegation_id") WHERE "delegation_members"."role" = 'deputy';--> statement-breakpoint
CREATE UNIQUE INDEX "delegation_members_one_voter" ON "delegation_members" USING btree ("delegation_id") WHERE "delegation_members"."voting_delegate";--> statement-breakpoint
CREATE UNIQUE INDEX "proxies_one_in_force" ON "proxies" USING btree ("meeting_id","giver_iso3") WHERE "proxies"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "proxies_holder_idx" ON "proxies" USING btree ("meeting_id","holder_iso3");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_max_proxies_check" CHECK ("meetings"."max_proxies" >= 0);