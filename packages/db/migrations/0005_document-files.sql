CREATE TABLE "document_files" (
	"document_id" uuid NOT NULL,
	"language" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_files_document_id_language_pk" PRIMARY KEY("document_id","language"),
	CONSTRAINT "document_files_language_check" CHECK ("document_files"."language" in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
	CONSTRAINT "document_files_media_type_check" CHECK ("document_files"."media_type" in ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')),
	CONSTRAINT "document_files_size_check" CHECK ("document_files"."size" = octet_length("document_files"."content"))
);
--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;