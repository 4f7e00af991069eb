export * from './actor.ts';
export * from './app.ts';
export * from './clock.ts';
export * from './config.ts';
export * from './context.ts';
export * from './demo/load-demo.ts';
export * from './runtime.ts';
export * from './start.ts';
export { createUser } from './modules/accounts/user.service.ts';
