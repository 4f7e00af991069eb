CREATE TABLE "instrument_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_instrument_id" uuid NOT NULL,
	"to_instrument_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"meeting_id" uuid,
	CONSTRAINT "instrument_links_unique" UNIQUE("from_instrument_id","to_instrument_id","relation"),
	CONSTRAINT "instrument_links_relation_check" CHECK ("instrument_links"."relation" in ('revises', 'merged-into', 'split-from', 'abrogates'))
);
--> statement-breakpoint
CREATE TABLE "instrument_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instrument_id" uuid NOT NULL,
	"label" text NOT NULL,
	"adopted_at_meeting_id" uuid,
	"adopted_on" date,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_versions_label_unique" UNIQUE("instrument_id","label"),
	CONSTRAINT "instrument_versions_status_check" CHECK ("instrument_versions"."status" in ('in-force', 'superseded', 'abrogated'))
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instruments_kind_number_unique" UNIQUE("kind","number"),
	CONSTRAINT "instruments_kind_check" CHECK ("instruments"."kind" in ('resolution', 'recommendation', 'question', 'declaration', 'action-plan', 'regional-initiative'))
);
--> statement-breakpoint
CREATE TABLE "provision_texts" (
	"version_id" uuid NOT NULL,
	"provision_id" text NOT NULL,
	"language" text NOT NULL,
	"heading" text NOT NULL,
	"num" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "provision_texts_version_id_provision_id_language_pk" PRIMARY KEY("version_id","provision_id","language")
);
--> statement-breakpoint
CREATE TABLE "provisions" (
	"version_id" uuid NOT NULL,
	"provision_id" text NOT NULL,
	"position" integer NOT NULL,
	"section" text NOT NULL,
	"heading_key" text NOT NULL,
	"key" text NOT NULL,
	"parent" text,
	CONSTRAINT "provisions_version_id_provision_id_pk" PRIMARY KEY("version_id","provision_id")
);
--> statement-breakpoint
CREATE TABLE "version_texts" (
	"version_id" uuid NOT NULL,
	"language" text NOT NULL,
	"revision" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "version_texts_version_id_language_pk" PRIMARY KEY("version_id","language")
);
--> statement-breakpoint
ALTER TABLE "instrument_links" ADD CONSTRAINT "instrument_links_from_instrument_id_instruments_id_fk" FOREIGN KEY ("from_instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_links" ADD CONSTRAINT "instrument_links_to_instrument_id_instruments_id_fk" FOREIGN KEY ("to_instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_links" ADD CONSTRAINT "instrument_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_adopted_at_meeting_id_meetings_id_fk" FOREIGN KEY ("adopted_at_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_texts" ADD CONSTRAINT "provision_texts_version_id_provision_id_provisions_version_id_provision_id_fk" FOREIGN KEY ("version_id","provision_id") REFERENCES "public"."provisions"("version_id","provision_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_version_id_instrument_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_texts" ADD CONSTRAINT "version_texts_version_id_instrument_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provisions_order_idx" ON "provisions" USING btree ("version_id","position");