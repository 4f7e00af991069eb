export * from './accounts.ts';
export * from './calendar.ts';
export * from './deadlines.ts';
export * from './errors.ts';
export * from './languages.ts';
export * from './meetings.ts';
export * from './registry.ts';
