import type { InstrumentVersion, Proposal } from '@tansiq/api';
import { provisionLabel as provisionLabelOf } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../lib/use-locale.ts';
import { versionPath } from '../texts/instrument-entry.tsx';
import { bracketed, instrumentName } from '../texts/instrument-name.ts';
import { provisionLabel } from '../texts/provisions.ts';

/**
 * A version's name in a language: the instrument as that language names it and the version's label as its text in
 * that language prints it ("القرار 901 (المراجَع في دبي، 2014)"); the English label when it has no such text.
 */
export function printedVersionName(
  t: Parameters<typeof instrumentName>[0],
  version: InstrumentVersion,
  language: string,
): string {
  const revision = version.texts[language]?.revision ?? version.label;
  return `${instrumentName(t, version.instrument, language)}${bracketed(revision, language)}`;
}

/**
 * What a proposal is on, in the reader's language: the instrument and version, then the provision ("Resolution
 * 901 (Rev. Dubai, 2014), resolves 2", "القرار 901 (المراجَع في دبي، 2014)، يقرر 2"), a new provision by the
 * place it will take; a draft new text by its provisional tag.
 */
export function ProposalTarget({
  target,
  versions,
  className,
}: {
  target: Proposal['target'];
  versions: ReadonlyMap<string, InstrumentVersion>;
  className?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
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
  const name = printedVersionName(t, version, language);
  const provision =
    target.kind === 'provision' ? version.provisions.find((candidate) => candidate.id === target.provisionId) : null;
  return (
    <p className={className}>
      <Link to={versionPath(version.id)}>{name}</Link>
      {target.kind === 'provision' &&
        t('proposal.target.provision', {
          provision:
            provision === undefined || provision === null
              ? provisionLabelOf(target.provisionId, language)
              : provisionLabel(provision, language),
        })}
      {target.kind === 'provision' && provision === undefined && (
        <span className="muted"> ({t('proposal.target.newProvision')})</span>
      )}
    </p>
  );
}
