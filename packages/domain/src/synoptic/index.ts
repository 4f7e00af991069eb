export * from './types.ts';
export * from './align.ts';
export * from './compile.ts';
export * from './divergence.ts';
export * from './regions.ts';
