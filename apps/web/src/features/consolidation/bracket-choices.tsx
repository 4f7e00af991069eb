import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/languages.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import type { BracketSegment } from './consolidation.ts';
import { Segments, useProvenanceLabel } from './provenance-text.tsx';

/**
 * One bracketed range, its alternatives side by side, each with the proposals that read it so and a button to
 * choose it; a last column keeps the text in force.
 */
export function BracketChoices({
  bracket,
  position,
  language,
  sources,
  disabled,
  onChoose,
}: {
  bracket: BracketSegment;
  position: number;
  language: string;
  sources: ReadonlyMap<string, string>;
  disabled: boolean;
  onChoose: (choice: number | 'base') => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const ui = { lang: uiLanguage, dir: directionOf(uiLanguage) };
  const label = useProvenanceLabel(sources);
  const headingId = `bracket-${bracket.id}-heading`;
  return (
    <section className="bracket" aria-labelledby={headingId} data-bracket={bracket.id}>
      <h4 id={headingId}>{t('consolidation.brackets.heading', { position })}</h4>
      <ul className="alternatives">
        {bracket.alternatives.map((alternative) => {
          const id = `bracket-${bracket.id}-alternative-${alternative.index}`;
          return (
            <li key={alternative.index} className="alternative" data-alternative={alternative.index}>
              <p className="alternative__sources" id={`${id}-sources`}>
                {t('consolidation.brackets.alternative', { position: alternative.index + 1 })}
                {': '}
                {alternative.numbers.map((number, index) => (
                  <span key={number}>
                    {index > 0 && ', '}
                    <bdi dir="ltr" className="symbol">
                      {number}
                    </bdi>
                  </span>
                ))}
              </p>
              <p className="tracked alternative__text" lang={language} dir={textDirection(language)}>
                {alternative.segments.length === 0 ? (
                  <em {...ui}>{t('consolidation.brackets.nothing')}</em>
                ) : (
                  <Segments segments={alternative.segments} label={label} />
                )}
              </p>
              <button
                type="button"
                className="button button--small"
                disabled={disabled}
                aria-describedby={`${id}-sources`}
                onClick={() => onChoose(alternative.index)}
              >
                {t('consolidation.brackets.choose', { position: alternative.index + 1 })}
              </button>
            </li>
          );
        })}
        <li className="alternative alternative--base" data-alternative="base">
          <p className="alternative__sources" id={`bracket-${bracket.id}-base`}>
            {t('consolidation.brackets.inForce')}
          </p>
          <p className="tracked alternative__text" lang={language} dir={textDirection(language)}>
            {bracket.base.trim() === '' ? <em {...ui}>{t('consolidation.brackets.nothing')}</em> : bracket.base}
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={disabled}
            aria-describedby={`bracket-${bracket.id}-base`}
            onClick={() => onChoose('base')}
          >
            {t('consolidation.brackets.keep')}
          </button>
        </li>
      </ul>
    </section>
  );
}
