/** The Drizzle schema, one file per context; every table and stored type is exported from here. */
export * from './registry.ts';
export * from './meetings.ts';
export * from './audit.ts';
export * from './installation.ts';
export * from './accounts.ts';
export * from './library.ts';
export * from './contributions.ts';
export * from './consolidation.ts';
export * from './delegations.ts';
export * from './agenda.ts';
export * from './officers.ts';
export * from './votes.ts';
export * from './decisions.ts';
export * from './live.ts';
export * from './translations.ts';
