import type { InstrumentVersion, Proposal } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../lib/use-locale.ts';
import { versionPath } from '../texts/instrument-entry.tsx';
import { instrumentName } from '../texts/instrument-name.ts';
import { provisionLabel, provisionsById } from '../texts/provisions.ts';
import { textDirection } from './tracked-change.tsx';

/** A version's name as its text prints it in a language: "القرار 901 (المراجَع في دبي، 2014)". */
export function printedVersionName(
  t: Parameters<typeof instrumentName>[0],
  version: InstrumentVersion,
  language: string,
): string {
  const revision = version.texts[language]?.revision ?? version.label;
  return `${instrumentName(t, version.instrument, language)} (${revision})`;
}

/** The language a version prints its target in: the contribution's when it has it, else English, else any. */
export function printingLanguage(version: InstrumentVersion, language: string): string {
  return [language, 'en', ...Object.keys(version.texts)].find((code) => version.texts[code] !== undefined) ?? 'en';
}

/**
 * What a proposal is on, as the text prints it in the contribution's language: the instrument and version, then
 * the provision ("Resolution 901 (Rev. Dubai, 2014), resolves 2"); a new provision by the id it will take; a
 * draft new text by its provisional tag.
 */
export function ProposalTarget({
  target,
  versions,
  language,
  className,
}: {
  target: Proposal['target'];
  versions: ReadonlyMap<string, InstrumentVersion>;
  language: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  if (target.kind === 'new-text') {
    return <p className={className}>{t('proposal.target.newText', { tag: target.tag })}</p>;
  }
  if (target.kind === 'general') {
    return <p className={className}>{t('proposal.target.general')}</p>;
  }
  const version = versions.get(target.versionId);
  if (version === undefined) {
    return (
      <p className={className}>
        <code>{target.kind === 'provision' ? target.provisionId : target.versionId}</code>
      </p>
    );
  }
  const printing = printingLanguage(version, language);
  const name = printedVersionName(t, version, printing);
  const provision =
    target.kind === 'provision' ? version.provisions.find((candidate) => candidate.id === target.provisionId) : null;
  const label = provision ? provisionLabel(provision, provisionsById(version.provisions), printing) : null;
  const separator = printing === 'ar' ? '، ' : ', ';
  return (
    <p lang={printing} dir={textDirection(printing)} className={className}>
      <Link to={versionPath(version.id)}>{name}</Link>
      {target.kind === 'provision' && (
        <>
          {separator}
          {label ?? <code dir="ltr">{target.provisionId}</code>}
        </>
      )}
      {target.kind === 'provision' && provision === undefined && (
        <span className="muted" lang={uiLanguage}>
          {' '}
          ({t('proposal.target.newProvision')})
        </span>
      )}
    </p>
  );
}
