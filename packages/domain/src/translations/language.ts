import type { Issue } from '../errors.ts';
import { LANGUAGES, type Language } from '../languages.ts';
import { SCRIPT_OF, dominantScript } from '../texts/script.ts';

/**
 * Whether a translation's texts are written in the script of the language it is declared in: most letters in
 * Arabic for Arabic, in Han for Chinese, in Cyrillic for Russian, in Latin for English, French and Spanish. A
 * text without letters says nothing. Returns the language the script points to (the first of the six written
 * in it) when it is not the declared one's, else null. English, French and Spanish share a script: the caller
 * tells them apart by what the document prints in its own language (its labels).
 */
export function scriptLanguageMismatch(texts: readonly string[], declared: Language): Language | null {
  const script = dominantScript(texts.join('\n'));
  if (script === null || script === SCRIPT_OF[declared]) {
    return null;
  }
  return LANGUAGES.find((language) => SCRIPT_OF[language] === script) ?? null;
}

/** The issue of a file or text in another language than declared, at `path`. */
export function languageMismatchIssue(path: Issue['path'], declared: Language, found: Language): Issue {
  return {
    path,
    code: 'language_mismatch',
    message: `Declared in ${declared}, but written in ${found}.`,
  };
}
