/** Where a document stands: drafted by its authors, submitted, published by the secretariat, or withdrawn. */
export const DOCUMENT_STATUSES = ['draft', 'submitted', 'published', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Who may read a document: anyone, any signed-in member, or its authors only. */
export const DOCUMENT_ACCESS_LEVELS = ['public', 'members', 'authors'] as const;
export type DocumentAccess = (typeof DOCUMENT_ACCESS_LEVELS)[number];
