CREATE TABLE "document_translations" (
	"document_id" uuid NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"title" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "document_translations_document_id_language_pk" PRIMARY KEY("document_id","language"),
	CONSTRAINT "document_translations_language_check" CHECK ("document_translations"."language" in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
	CONSTRAINT "document_translations_status_check" CHECK ("document_translations"."status" in ('in-translation', 'published'))
);
--> statement-breakpoint
CREATE TABLE "proposal_translations" (
	"proposal_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"language" text NOT NULL,
	"text" text,
	"reasons" text,
	"diff" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"translated_by" uuid,
	"translated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "proposal_translations_proposal_id_language_pk" PRIMARY KEY("proposal_id","language"),
	CONSTRAINT "proposal_translations_language_check" CHECK ("proposal_translations"."language" in ('ar', 'zh', 'en', 'fr', 'ru', 'es'))
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";--> statement-breakpoint
ALTER TABLE "document_translations" ADD CONSTRAINT "document_translations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_translations" ADD CONSTRAINT "document_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_translations" ADD CONSTRAINT "proposal_translations_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_translations" ADD CONSTRAINT "proposal_translations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_translations" ADD CONSTRAINT "proposal_translations_translated_by_users_id_fk" FOREIGN KEY ("translated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_translations_document_idx" ON "proposal_translations" USING btree ("document_id","language");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("users"."role" in ('secretariat', 'focal-point', 'regional-coordinator', 'chair', 'delegate', 'observer', 'translator'));