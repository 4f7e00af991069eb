import { z } from 'zod';
import { TextLanguage } from './instruments.schema.ts';

/** The formats of a meeting's compilation: Word with tracked changes, the proposal register, a web page. */
export const CompilationFormat = z.enum(['docx', 'csv', 'html']);
export type CompilationFormat = z.infer<typeof CompilationFormat>;

/** What to download of a meeting's compilation. */
export const CompilationQuery = z.object({
  format: CompilationFormat.default('docx').meta({
    description: 'docx: the compilation in ITU layout with tracked changes; csv: the proposal register; html.',
  }),
  lang: TextLanguage.optional().meta({
    description:
      'The language of the labels and of the base texts where the version is stored in it (one instrument: it must ' +
      "be); by default each version's compilation language, labels in English for a whole meeting.",
  }),
  instrument: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .meta({
      description:
        'One instrument only: a version id, or a kind and number ("resolution 901", "question-1/2"), which names ' +
        "the version the meeting's proposals aim at (else the one in force). By default the whole meeting.",
    }),
});
export type CompilationQuery = z.infer<typeof CompilationQuery>;
