import type { Contribution, MemberState, Organization } from '@tansiq/api';
import { documentTitleIn } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { LocalizedText, MarkedText } from '../../components/localized-text.tsx';
import { useLocale } from '../../lib/use-locale.ts';

/** The reference lists that name a contribution's source. */
export interface SourceNames {
  memberStates: readonly MemberState[];
  organizations: readonly Organization[];
}

/** Who submits a contribution: the Member State's name, or the organization's, in the UI language. */
export function SourceName({ source, names }: { source: Contribution['source']; names: SourceNames }) {
  const { language } = useLocale();
  if (source.memberStateIso3 !== null) {
    const state = names.memberStates.find((candidate) => candidate.iso3 === source.memberStateIso3);
    return <>{state?.names[language] ?? <bdi>{source.memberStateIso3}</bdi>}</>;
  }
  const organization = names.organizations.find((candidate) => candidate.code === source.organizationCode);
  return organization ? <LocalizedText text={organization.name} /> : <bdi>{source.organizationCode}</bdi>;
}

/** A document's title and original language: what its title is read from. */
type Titled = Pick<Contribution, 'title' | 'originalLanguage'>;

/** A document's title as text, in the reader's language when it has it, else in its original language. */
export function documentTitleText(document: Titled, language: string): string {
  return documentTitleIn(document.title, language, document.originalLanguage)?.text ?? '';
}

/**
 * A document's title in the reader's language when it has it, else in the language it has (its original one
 * first), marked with that language and its direction.
 */
export function DocumentTitleText({ document }: { document: Titled }) {
  const { language } = useLocale();
  const shown = documentTitleIn(document.title, language, document.originalLanguage);
  return shown === null ? null : <MarkedText shown={shown} pageLanguage={language} />;
}

/** A document's symbol (`WTDC-17/2-A`), or "Draft" before submission. */
export function DocumentSymbol({ symbol }: { symbol: string | null }) {
  const { t } = useTranslation();
  return symbol === null ? (
    <span className="symbol symbol--draft">{t('contribution.draftSymbol')}</span>
  ) : (
    <bdi className="symbol" dir="ltr">
      {symbol}
    </bdi>
  );
}

/** When a document was received against the meeting's deadlines, in words and not colour alone. */
export function TimingBadge({ timing }: { timing: Contribution['timing'] }) {
  const { t } = useTranslation();
  if (timing === null) {
    return null;
  }
  return (
    <span className={`badge timing timing--${timing}`} data-timing={timing}>
      {t(`contribution.timing.${timing}`)}
    </span>
  );
}

/** A document's status: draft, submitted, published, withdrawn. */
export function StatusBadge({ status }: { status: Contribution['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status status--${status}`} data-status={status}>
      {t(`contribution.status.${status}`)}
    </span>
  );
}

/** The path of a contribution's page. */
export const contributionPath = (id: string) => `/contributions/${encodeURIComponent(id)}`;

/** The path of a meeting's documents. */
export const documentsPath = (meetingCode: string) => `/meetings/${encodeURIComponent(meetingCode)}/documents`;
