import type { Instrument, InstrumentVersion } from '@tansiq/api';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogs } from '../../i18n/i18n.ts';
import { directionOf } from '../../i18n/languages.ts';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { bracketed, instrumentName } from './instrument-name.ts';
import { depthOf, groupByHeading, provisionsById, type Provision, type TextLanguage } from './provisions.ts';

const dir = (language: TextLanguage) => directionOf(language);

/** A cell of one language: its own `lang` and direction, so each column reads and shapes as its language. */
function Cell({
  language,
  className,
  children,
}: {
  language: TextLanguage;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className={className === undefined ? 'text-cell' : `text-cell ${className}`}
      lang={language}
      dir={dir(language)}
    >
      {children}
    </div>
  );
}

/** What stands in a column for a provision that the version lacks in that language. */
function Missing() {
  const { t } = useTranslation();
  return <p className="text-cell__missing">{t('texts.notInLanguage')}</p>;
}

function ProvisionCell({
  provision,
  language,
  depth,
}: {
  provision: Provision;
  language: TextLanguage;
  depth: number;
}) {
  const { t } = useTranslation();
  const text = provision.texts[language];
  return (
    <Cell language={language} className={text?.corrigendum === undefined ? undefined : 'text-cell--corrected'}>
      {text === undefined ? (
        <Missing />
      ) : (
        <p className="provision" style={{ '--depth': depth } as CSSProperties}>
          {text.num !== '' && <span className="provision__num">{text.num}</span>}
          <span className="provision__text">{text.text}</span>
          {text.corrigendum !== undefined && (
            <span className="provision__corrected"> {t('corrigenda.corrected', { number: text.corrigendum })}</span>
          )}
        </p>
      )}
    </Cell>
  );
}

/** What `VersionText` shows: a version of the library, or a draft new text read in ITU layout. */
export type TextView = Pick<InstrumentVersion, 'texts' | 'provisions'> & {
  instrument: Pick<Instrument, 'kind' | 'number'>;
};

/**
 * A version's text as ITU prints it (title, opening formula, headings with their numbered items, sub-items,
 * annexes), in one language or in two side by side. Each row holds one provision in every column, so the
 * languages line up by provision id whatever their lengths. `draft` names a draft new text ("Draft new
 * resolution [ARB-1]").
 */
export function VersionText({
  version,
  languages,
  draft = false,
}: {
  version: TextView;
  languages: readonly TextLanguage[];
  draft?: boolean;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  // Each column names its instrument in its own language: until that catalog arrives, the name waits.
  const named = useCatalogs(languages);
  const byId = provisionsById(version.provisions);
  const groups = groupByHeading(version.provisions);
  const style = { '--columns': languages.length } as CSSProperties;
  return (
    <div
      className={[
        'version-text',
        ...(languages.length > 1 ? ['version-text--aligned'] : []),
        // Every language side by side: narrower gutters, so that six columns keep room for their words.
        ...(languages.length > 3 ? ['version-text--many'] : []),
      ].join(' ')}
      style={style}
    >
      {languages.length > 1 && (
        <div className="text-row text-row--languages" aria-hidden="true">
          {languages.map((language) => (
            <p key={language} className="text-row__language">
              {languageName(uiLanguage, language)}
            </p>
          ))}
        </div>
      )}
      <div className="text-row text-row--title">
        {languages.map((language) => {
          const text = version.texts[language];
          return (
            <Cell key={language} language={language}>
              {text === undefined ? (
                <Missing />
              ) : (
                <>
                  <p className="version-text__number">
                    {!named
                      ? null
                      : draft
                        ? t(`texts.draftNamed.${version.instrument.kind}`, {
                            number: version.instrument.number,
                            lng: language,
                          })
                        : instrumentName(t, version.instrument, language)}
                    {text.revision !== null && bracketed(text.revision, language)}
                  </p>
                  <p className="version-text__title">{text.title}</p>
                  <p className="version-text__body">{text.body}</p>
                </>
              )}
            </Cell>
          );
        })}
      </div>
      {groups.map((group) => {
        const first = group.root ?? group.provisions[0];
        return (
          <section
            key={group.headingKey}
            className={`text-group text-group--${group.section}`}
            data-heading-key={group.headingKey}
          >
            <div className="text-row text-row--heading">
              {languages.map((language) => (
                <Cell key={language} language={language}>
                  {first?.texts[language] === undefined ? (
                    <Missing />
                  ) : (
                    <h3 className="text-group__heading">{first.texts[language].heading}</h3>
                  )}
                  {group.root?.texts[language] && (
                    <p className="text-group__subtitle">{group.root.texts[language].text}</p>
                  )}
                </Cell>
              ))}
            </div>
            {group.provisions.map((provision) => (
              <div key={provision.id} className="text-row" data-provision-id={provision.id}>
                {languages.map((language) => (
                  <ProvisionCell
                    key={language}
                    provision={provision}
                    language={language}
                    depth={depthOf(provision, byId)}
                  />
                ))}
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
