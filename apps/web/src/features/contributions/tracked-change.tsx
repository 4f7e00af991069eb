import { useTranslation } from 'react-i18next';
import { directionOf, isUiLanguage } from '../../i18n/languages.ts';
import { useLocale } from '../../lib/use-locale.ts';

/** One run of a word diff. */
export interface ChangeOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** The direction of a text language (Arabic right to left). */
export const textDirection = (language: string) => (isUiLanguage(language) ? directionOf(language) : 'ltr');

/**
 * A modified text as tracked changes: insertions underlined, deletions struck through, each also announced in
 * words (hidden markers read by screen readers, and a title on hover), so that neither colour nor line style is
 * the only sign. The text keeps its own language and direction.
 */
export function TrackedChange({
  ops,
  language,
  className,
}: {
  ops: readonly ChangeOp[];
  language: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const ui = { lang: uiLanguage, dir: directionOf(uiLanguage) };
  return (
    <p
      className={className === undefined ? 'tracked' : `tracked ${className}`}
      lang={language}
      dir={textDirection(language)}
    >
      {ops.map((op, index) => {
        const key = `${index}-${op.op}`;
        if (op.op === 'equal') {
          return <span key={key}>{op.text}</span>;
        }
        const Tag = op.op === 'insert' ? 'ins' : 'del';
        const start = op.op === 'insert' ? t('diff.insertStart') : t('diff.deleteStart');
        const end = op.op === 'insert' ? t('diff.insertEnd') : t('diff.deleteEnd');
        return (
          <Tag
            key={key}
            className={`tracked__${op.op}`}
            title={op.op === 'insert' ? t('diff.inserted') : t('diff.deleted')}
          >
            <span className="visually-hidden" {...ui}>{`[${start}] `}</span>
            {op.text}
            <span className="visually-hidden" {...ui}>{` [${end}]`}</span>
          </Tag>
        );
      })}
    </p>
  );
}
