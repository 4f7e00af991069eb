export * from './proposal-numbers.ts';
export * from './symbols.ts';
