export * from './proposal-numbers.ts';
export * from './symbols.ts';
export * from './file-names.ts';
export * from './target-bodies.ts';
export * from './lifecycle.ts';
