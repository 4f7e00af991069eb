export * from './record.ts';
export * from './tally.ts';
export * from './roll-call.ts';
export * from './ballot.ts';
