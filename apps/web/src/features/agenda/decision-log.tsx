import type { Decision, MemberState } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { LocalizedText } from '../../components/localized-text.tsx';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { StatementForm } from './statement-form.tsx';

/** A decision's tally when it was taken by vote: votes cast and abstentions, and whether there was a quorum. */
function Tally({ tally }: { tally: NonNullable<Decision['tally']> }) {
  const { t } = useTranslation();
  return (
    <p data-tally>
      {t('agenda.log.tally', {
        result: t(`agenda.result.${tally.result}`),
        votesCast: tally.votesCast,
        abstentions: tally.abstentions,
      })}
    </p>
  );
}

/**
 * An agenda item's decisions log: each decision's method and outcome, its summary, the tally when by vote, and
 * the reservations and declarations attached, with the form to attach one for those entitled.
 */
export function DecisionLog({
  meeting,
  decisions,
  nameOf,
  statementStates,
}: {
  meeting: string;
  decisions: readonly Decision[];
  nameOf: (iso3: string) => string;
  /** The states the reader may attach a statement for. */
  statementStates: readonly MemberState[];
}) {
  const { t } = useTranslation();
  if (decisions.length === 0) {
    return <p className="notice">{t('agenda.log.none')}</p>;
  }
  return (
    <ol className="decision-log">
      {decisions.map((decision) => (
        <li key={decision.id} data-decision-id={decision.id} data-outcome={decision.outcome}>
          <p>
            <strong>{t(`agenda.outcome.${decision.outcome}`)}</strong>
            {' · '}
            {t(`agenda.method.${decision.method}`)}
            {' · '}
            <ZonedTime instant={decision.createdAt} />
          </p>
          {decision.tally && <Tally tally={decision.tally} />}
          <p>
            <LocalizedText text={decision.summary} />
          </p>
          {decision.statements.length > 0 && (
            <ul className="decision-log__statements" aria-label={t('agenda.log.statements')}>
              {decision.statements.map((statement) => (
                <li key={statement.id} data-statement-kind={statement.kind}>
                  {t('agenda.log.statement', {
                    state: nameOf(statement.memberState),
                    kind: t(`agenda.statementKind.${statement.kind}`),
                  })}{' '}
                  <bdi>{statement.text}</bdi>
                </li>
              ))}
            </ul>
          )}
          {statementStates.length > 0 && (
            <details>
              <summary>{t('agenda.statementForm.open')}</summary>
              <StatementForm meeting={meeting} decision={decision.id} states={statementStates} />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
