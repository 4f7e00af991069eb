import type { Nomination, OfficerGroup, SlateBreach, SlateCheck, SlateKind, User } from '@tansiq/api';
import { canAppoint, canWithdrawNomination, SLATE_KINDS } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueriesStatus } from '../../components/query-state.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { formatPercent } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import {
  GENDERS,
  findingCode,
  findingParams,
  freeSeats,
  nominationsAtFault,
  officerIssues,
  slateVerdict,
  type FindingNames,
} from './officers.ts';
import { useAppointNomination, useSlateCheck, useWithdrawNomination } from './officers.queries.ts';

/** One finding of the slate check, translated by its code with its values named for the reader. */
function Finding({ breach, names }: { breach: SlateBreach; names: FindingNames }) {
  const { t } = useTranslation();
  const code = findingCode(breach.code);
  return (
    <li className={`finding finding--${breach.severity}`} data-finding={breach.code} data-severity={breach.severity}>
      <strong>{t(`officers.slate.severity.${breach.severity}`)}</strong>{' '}
      {code ? t(`officers.findings.${code}`, findingParams(breach, names)) : breach.message}{' '}
      <span className="muted">({t(`officers.slate.rules.${breach.rule}`)})</span>
    </li>
  );
}

/** The gender balance of a slate: counts and shares for the group and each post. */
function GenderReport({ check, group }: { check: SlateCheck; group: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const percent = { format: (share: number) => formatPercent(locale, share) };
  const rows = [
    ['group', t('officers.gender.all')] as const,
    ['chair', t('officers.posts.chair')] as const,
    ['vice-chair', t('officers.posts.vice-chair')] as const,
  ];
  return (
    <div className="table-scroll">
      <table className="table" data-gender-report={group}>
        <caption>{t('officers.gender.caption', { group })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officers.gender.slate')}</th>
            {GENDERS.map((gender) => (
              <th scope="col" key={gender}>
                {t(`officers.genders.${gender}`)}
              </th>
            ))}
            <th scope="col">{t('officers.gender.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label]) => {
            const count = key === 'group' ? check.gender.group : check.gender.posts[key];
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                {GENDERS.map((gender) => {
                  const share = count.shares[gender];
                  return (
                    <td key={gender} data-gender={gender}>
                      {count.counts[gender]}
                      {share !== null && <span className="muted"> ({percent.format(share)})</span>}
                    </td>
                  );
                })}
                <td>{count.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The slate check of a group, shown at once: ok, or every finding with its rule, and the gender report. */
function SlatePanel({
  check,
  kind,
  onKind,
  names,
  group,
}: {
  check: SlateCheck;
  kind: SlateKind;
  onKind: (kind: SlateKind) => void;
  names: FindingNames;
  group: string;
}) {
  const { t } = useTranslation();
  const selectId = `slate-kind-${group}`;
  const breaches = check.breaches.filter((breach) => breach.severity === 'breach').length;
  const verdict = slateVerdict(check);
  return (
    <div className="slate-check" data-slate-check={group} data-ok={check.ok ? 'true' : 'false'} data-verdict={verdict}>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('officers.slate.kind', { group })}
        </label>
        <select id={selectId} value={kind} onChange={(event) => onKind(event.target.value as SlateKind)}>
          {SLATE_KINDS.map((each) => (
            <option key={each} value={each}>
              {t(`officers.slate.kinds.${each}`)}
            </option>
          ))}
        </select>
      </div>
      {verdict === 'vacant' ? (
        // Nothing to judge yet: the vacancies and missing regions would only repeat it, seat by seat.
        <p className="notice" role="status">
          {t(`officers.slate.vacant.${kind}`)}
        </p>
      ) : (
        <p className={verdict === 'ok' ? 'notice notice--success' : 'notice notice--error'} role="status">
          {verdict === 'ok'
            ? t('officers.slate.ok', { count: check.breaches.length })
            : t('officers.slate.notOk', { count: breaches })}
        </p>
      )}
      {verdict !== 'vacant' && check.breaches.length > 0 && (
        <ul className="findings" aria-label={t('officers.slate.findings', { group })}>
          {check.breaches.map((breach, index) => (
            <Finding key={`${breach.code}-${breach.path.join('.')}-${index}`} breach={breach} names={names} />
          ))}
        </ul>
      )}
      {verdict !== 'vacant' && <GenderReport check={check} group={group} />}
    </div>
  );
}

/** Withdraw and appoint for one nomination, as the reader may. */
function NominationActions({
  meeting,
  nomination,
  user,
  free,
}: {
  meeting: string;
  nomination: Nomination;
  user: User | null;
  free: number;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawNomination(meeting);
  const appoint = useAppointNomination(meeting);
  const candidate = nomination.candidateName;
  const error = withdraw.error ?? appoint.error;
  const issue = officerIssues(error)[0];
  return (
    <div className="document-action">
      {canAppoint(user, nomination, free) && (
        <button
          type="button"
          className="button button--small"
          disabled={appoint.isPending}
          onClick={() => appoint.mutate(nomination.id)}
        >
          {t('officers.list.appoint', { candidate })}
        </button>
      )}
      {canWithdrawNomination(user, nomination) && (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate(nomination.id)}
        >
          {t('officers.list.withdraw', { candidate })}
        </button>
      )}
      {issue ? (
        <p className="notice notice--error" role="alert">
          {t(issue.key)}
        </p>
      ) : (
        <WriteError error={error} />
      )}
    </div>
  );
}

/**
 * One group: its posts and seats, the slate check of its standing nominations (or of its appointed officers) with
 * the gender report, and its nominations, those at fault marked.
 */
export function GroupSection({
  meeting,
  group,
  nominations,
  names,
  user,
}: {
  meeting: string;
  group: OfficerGroup;
  nominations: readonly Nomination[];
  names: FindingNames;
  user: User | null;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SlateKind>('nominations');
  const check = useSlateCheck(meeting, group.id, kind);
  const fault = nominationsAtFault(check.data?.breaches ?? []);
  const headingId = `group-${group.id}`;
  const ours = nominations.filter((nomination) => nomination.group === group.id);
  return (
    <section className="record__section" aria-labelledby={headingId} data-group={group.id}>
      <h2 id={headingId}>{t('officers.group.heading', { group: group.id })}</h2>
      <ul className="facts" aria-label={t('officers.group.posts', { group: group.id })}>
        {group.posts
          .filter((post) => post.seats > 0)
          .map((post) => (
            <li key={post.kind} data-post={post.kind}>
              {t('officers.group.seats', {
                post: t(`officers.posts.${post.kind}`),
                seats: post.seats,
                free: freeSeats(post.seats, nominations, group.id, post.kind),
              })}
            </li>
          ))}
      </ul>
      {check.data ? (
        <SlatePanel check={check.data} kind={kind} onKind={setKind} names={names} group={group.id} />
      ) : (
        <QueriesStatus queries={[check]} />
      )}
      <h3>{t('officers.list.heading', { group: group.id, count: ours.length })}</h3>
      {ours.length === 0 ? (
        <p className="notice">{t('officers.list.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('officers.list.caption', { group: group.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('officers.list.candidate')}</th>
                <th scope="col">{t('officers.list.post')}</th>
                <th scope="col">{t('officers.list.gender')}</th>
                <th scope="col">{t('officers.list.state')}</th>
                <th scope="col">{t('officers.list.region')}</th>
                <th scope="col">{t('officers.list.terms')}</th>
                <th scope="col">{t('officers.list.status')}</th>
                <th scope="col">{t('officers.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {ours.map((nomination) => {
                const atFault = fault.get(nomination.id);
                return (
                  <tr
                    key={nomination.id}
                    data-nomination={nomination.id}
                    data-status={nomination.status}
                    data-fault={atFault}
                    className={atFault ? `row--${atFault}` : undefined}
                  >
                    <th scope="row">
                      <bdi>{nomination.candidateName}</bdi>
                      {atFault && (
                        <span className={`badge badge--${atFault}`}> {t(`officers.list.fault.${atFault}`)}</span>
                      )}
                    </th>
                    <td>{t(`officers.posts.${nomination.post}`)}</td>
                    <td>{t(`officers.genders.${nomination.gender}`)}</td>
                    <td>
                      {names.state(nomination.candidateState)}
                      {nomination.nominatingState !== nomination.candidateState && (
                        <p className="muted">
                          {t('officers.list.nominatedBy', { state: names.state(nomination.nominatingState) })}
                        </p>
                      )}
                    </td>
                    <td>{names.region(nomination.regionId)}</td>
                    <td>{nomination.termsServed}</td>
                    <td>
                      {t(`officers.status.${nomination.status}`)}
                      {nomination.appointedBy && (
                        <p className="muted">{t(`officers.appointedBy.${nomination.appointedBy}`)}</p>
                      )}
                    </td>
                    <td>
                      <NominationActions
                        meeting={meeting}
                        nomination={nomination}
                        user={user}
                        free={freeSeats(
                          group.posts.find((post) => post.kind === nomination.post)?.seats ?? 0,
                          nominations,
                          group.id,
                          nomination.post,
                        )}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
