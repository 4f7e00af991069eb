export * from './posts.ts';
export * from './nomination.ts';
export * from './gender.ts';
export * from './slate.ts';
