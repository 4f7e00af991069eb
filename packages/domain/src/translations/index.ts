export * from './statuses.ts';
export * from './alignment.ts';
export * from './volume.ts';
export * from './language.ts';
