import type { Delegation, Presence } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { formatList } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { useCheckIn } from './delegations.queries.ts';

/** The presence summary: states in person and by proxy, the total and the quorum. */
export function PresenceSummary({ presence, nameOf }: { presence: Presence; nameOf: (iso3: string) => string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const list = (states: readonly string[]) =>
    states.length === 0 ? t('form.none') : formatList(locale, states.map(nameOf));
  return (
    <dl className="facts" data-presence-summary>
      <div>
        <dt>{t('delegations.presence.inPerson', { count: presence.inPerson.length })}</dt>
        <dd data-in-person>{list(presence.inPerson)}</dd>
      </div>
      <div>
        <dt>{t('delegations.presence.byProxy', { count: presence.byProxy.length })}</dt>
        <dd data-by-proxy>
          {presence.byProxy.length === 0
            ? t('form.none')
            : formatList(
                locale,
                presence.byProxy.map((proxy) =>
                  t('delegations.presence.proxyOf', { giver: nameOf(proxy.giver), holder: nameOf(proxy.holder) }),
                ),
              )}
        </dd>
      </div>
      <div>
        <dt>{t('delegations.presence.total')}</dt>
        <dd data-total>
          {t('delegations.presence.totalOf', { total: presence.total, delegations: presence.delegations })}
        </dd>
      </div>
      <div>
        <dt>{t('delegations.presence.quorum')}</dt>
        <dd data-quorum={presence.quorum.reached ? 'reached' : 'not-reached'}>
          {t(presence.quorum.reached ? 'delegations.presence.quorumReached' : 'delegations.presence.quorumNotReached', {
            required: presence.quorum.required,
          })}
        </dd>
      </div>
    </dl>
  );
}

/** Check in, or check out, one delegation (secretariat). */
function CheckInButton({
  meeting,
  delegation,
  stateName,
}: {
  meeting: string;
  delegation: Delegation;
  stateName: string;
}) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(meeting, delegation.memberState);
  const checkedIn = delegation.checkedIn !== null;
  return (
    <div className="document-action">
      <button
        type="button"
        className={checkedIn ? 'button button--small button--secondary' : 'button button--small'}
        disabled={checkIn.isPending}
        aria-label={t(checkedIn ? 'delegations.list.checkOutLabel' : 'delegations.list.checkInLabel', {
          state: stateName,
        })}
        onClick={() => checkIn.mutate(checkedIn)}
      >
        {t(checkedIn ? 'delegations.list.checkOut' : 'delegations.list.checkIn')}
      </button>
      <WriteError error={checkIn.error} />
    </div>
  );
}

/** The delegations of a meeting: members with roles and the voter, presence, proxies; check-in for the secretariat. */
export function DelegationList({
  meeting,
  delegations,
  nameOf,
  canCheckIn,
}: {
  meeting: string;
  delegations: readonly Delegation[];
  nameOf: (iso3: string) => string;
  canCheckIn: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('delegations.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('delegations.list.state')}</th>
            <th scope="col">{t('delegations.list.members')}</th>
            <th scope="col">{t('delegations.list.presence')}</th>
            <th scope="col">{t('delegations.list.proxy')}</th>
          </tr>
        </thead>
        <tbody>
          {delegations.map((delegation) => {
            const stateName = nameOf(delegation.memberState);
            return (
              <tr key={delegation.id} data-member-state={delegation.memberState} data-presence={delegation.presence}>
                <th scope="row">{stateName}</th>
                <td>
                  <ul>
                    {delegation.members.map((member) => (
                      <li key={member.id} data-voting={member.votingDelegate ? 'true' : undefined}>
                        <bdi>{member.name}</bdi>
                        {' – '}
                        {t(`delegations.roles.${member.role}`)}
                        {member.votingDelegate && (
                          <>
                            {' '}
                            <strong>({t('delegations.list.votes')})</strong>{' '}
                            <span
                              className={delegation.votingDelegateCanVote ? 'muted' : 'warning-text'}
                              data-can-vote={delegation.votingDelegateCanVote ? 'true' : 'false'}
                            >
                              {t(
                                delegation.votingDelegateCanVote
                                  ? 'delegations.list.canVote'
                                  : 'delegations.list.cannotVote',
                              )}
                            </span>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <p>{t(`delegations.presenceState.${delegation.presence}`)}</p>
                  <p className="muted">
                    {t(delegation.checkedIn ? 'delegations.list.checkedIn' : 'delegations.list.notCheckedIn')}
                  </p>
                  {canCheckIn && <CheckInButton meeting={meeting} delegation={delegation} stateName={stateName} />}
                </td>
                <td>
                  {delegation.proxyGiven === null && delegation.proxiesHeld.length === 0 && (
                    <span className="muted">–</span>
                  )}
                  {delegation.proxyGiven !== null && (
                    <p>{t('delegations.proxy.givenTo', { holder: nameOf(delegation.proxyGiven.holder) })}</p>
                  )}
                  {delegation.proxiesHeld.length > 0 && (
                    <p>
                      {t('delegations.list.holds', {
                        givers: formatList(
                          locale,
                          delegation.proxiesHeld.map((proxy) => nameOf(proxy.giver)),
                        ),
                      })}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
