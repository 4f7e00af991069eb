export * from './structured-text.ts';
export * from './headings.ts';
export * from './title-words.ts';
export * from './parse-text.ts';
export * from './render-text.ts';
export * from './provision-label.ts';
export { detectTextLanguage } from './language.ts';
export { ABJAD, readMarker, type Marker, type Reading } from './numbering.ts';
export * from './corrigendum.ts';
