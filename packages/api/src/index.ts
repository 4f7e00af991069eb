export * from './accounts.schema.ts';
export * from './audit.schema.ts';
export * from './client.ts';
export * from './common.schema.ts';
export * from './meetings.schema.ts';
export * from './member-state-detail.schema.ts';
export * from './registry.schema.ts';
export * from './texts.schema.ts';
