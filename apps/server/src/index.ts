export * from './actor.ts';
export * from './app.ts';
export * from './clock.ts';
export * from './config.ts';
export * from './context.ts';
export * from './demo/load-demo.ts';
export * from './runtime.ts';
export * from './serve.ts';
export { checkWorkers } from './cluster.ts';
export * from './start.ts';
export { createUser } from './modules/accounts/user.service.ts';
export { actorForToken } from './plugins/authenticate.ts';
export { DOCX_LIMITS, readDocxText } from './exchange/docx-text.ts';
export { renderContributionDocx } from './exchange/contribution-docx.ts';
export { renderSynopticHtml } from './exchange/synoptic-html.ts';
export { importInstrumentText } from './modules/library/library.service.ts';
export {
  compileMeetingFile,
  type CompilationFormat,
  type CompilationRequest,
} from './modules/compilation/compilation.service.ts';
export { mulberry32 } from './demo/random.ts';
export * from './demo/wtdc-scale.ts';
export * from './demo/load-wtdc-scale.ts';
