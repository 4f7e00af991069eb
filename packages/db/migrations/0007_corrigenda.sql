CREATE TABLE "corrigenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"language" text NOT NULL,
	"reason" text NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "corrigenda_version_number_unique" UNIQUE("version_id","number"),
	CONSTRAINT "corrigenda_number_check" CHECK ("corrigenda"."number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "corrigendum_changes" (
	"corrigendum_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"provision_id" text NOT NULL,
	"before" text NOT NULL,
	"after" text NOT NULL,
	CONSTRAINT "corrigendum_changes_corrigendum_id_provision_id_pk" PRIMARY KEY("corrigendum_id","provision_id")
);
--> statement-breakpoint
ALTER TABLE "corrigenda" ADD CONSTRAINT "corrigenda_version_id_instrument_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrigenda" ADD CONSTRAINT "corrigenda_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrigenda" ADD CONSTRAINT "corrigenda_version_text_fk" FOREIGN KEY ("version_id","language") REFERENCES "public"."version_texts"("version_id","language") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrigendum_changes" ADD CONSTRAINT "corrigendum_changes_corrigendum_id_corrigenda_id_fk" FOREIGN KEY ("corrigendum_id") REFERENCES "public"."corrigenda"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrigendum_changes" ADD CONSTRAINT "corrigendum_changes_provision_fk" FOREIGN KEY ("version_id","provision_id") REFERENCES "public"."provisions"("version_id","provision_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "corrigendum_changes_provision_idx" ON "corrigendum_changes" USING btree ("version_id","provision_id");