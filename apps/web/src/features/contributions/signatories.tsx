import type { Contribution, MemberState, User } from '@tansiq/api';
import { canSign } from '@tansiq/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { useLocale } from '../../lib/use-locale.ts';
import { currentStance, stanceCounts } from './signatures.ts';
import { useSignature } from './contributions.queries.ts';

type Common = NonNullable<Contribution['commonProposal']>;

/** The buttons of a member's focal point: sign on, object, or withdraw its administration's stance. */
function SignActions({ contribution, user, state }: { contribution: Contribution; user: User; state: string }) {
  const { t } = useTranslation();
  const sign = useSignature(contribution.id);
  const label = useRef<HTMLParagraphElement>(null);
  const stance = currentStance(contribution.commonProposal?.signatures ?? [], user.memberStateIso3);
  // The button pressed gives way to the others: the focus moves to the stance now taken, which is announced.
  const take = (next: 'support' | 'object' | 'withdraw') =>
    sign.mutate(next, { onSuccess: () => label.current?.focus() });
  return (
    <div className="sign-actions" role="group" aria-labelledby="sign-actions-label">
      <p id="sign-actions-label" className="sign-actions__label" role="status" tabIndex={-1} ref={label}>
        {stance === null ? t('common.yourStance.none', { state }) : t(`common.yourStance.${stance}`, { state })}
      </p>
      <div className="form__actions">
        {stance !== 'support' && (
          <button type="button" className="button" disabled={sign.isPending} onClick={() => take('support')}>
            {t('common.support')}
          </button>
        )}
        {stance !== 'object' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={sign.isPending}
            onClick={() => take('object')}
          >
            {t('common.object')}
          </button>
        )}
        {stance !== null && (
          <button
            type="button"
            className="button button--secondary"
            disabled={sign.isPending}
            onClick={() => take('withdraw')}
          >
            {stance === 'support' ? t('common.withdrawSupport') : t('common.withdrawObjection')}
          </button>
        )}
      </div>
      <WriteError error={sign.error} />
    </div>
  );
}

/** Whether the proposal is common under its organization's rule, and the rule in words. */
function CommonStatus({ common }: { common: Common }) {
  const { t } = useTranslation();
  const { supporters, objectors } = stanceCounts(common.signatures);
  return (
    <div className="common-status" data-common-status={common.status}>
      <p>
        <span className={`badge common-status__badge common-status__badge--${common.status}`}>
          {t(`common.status.${common.status}`)}
        </span>{' '}
        {t('common.counts', { supporters, objectors })}
      </p>
      <p className="muted">
        {t('common.rule', { min: common.rule.minSupporters, share: common.rule.maxObjectionShare })}
      </p>
    </div>
  );
}

/**
 * A regional common proposal's signatories: its status (preliminary or common) with the rule, each Member State's
 * support or objection (withdrawn ones too), and for a member's focal point the buttons to take a stance.
 */
export function Signatories({
  contribution,
  user,
  memberStates,
}: {
  contribution: Contribution;
  user: User | null;
  memberStates: readonly MemberState[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const common = contribution.commonProposal;
  if (common === null) {
    return null;
  }
  const nameOf = (iso3: string) => memberStates.find((state) => state.iso3 === iso3)?.names[language] ?? iso3;
  const signatures = [...common.signatures].sort((a, b) => a.signedAt.localeCompare(b.signedAt));
  return (
    <section className="record__section" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{t('common.heading')}</h2>
      <CommonStatus common={common} />
      {signatures.length === 0 ? (
        <p className="notice">{t('common.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table signatories">
            <caption className="visually-hidden">{t('common.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.memberState')}</th>
                <th scope="col">{t('common.stance')}</th>
                <th scope="col">{t('common.since')}</th>
              </tr>
            </thead>
            <tbody>
              {signatures.map((signature) => {
                const withdrawn = signature.withdrawnAt !== null;
                return (
                  <tr
                    key={signature.memberStateIso3}
                    data-signatory={signature.memberStateIso3}
                    data-stance={withdrawn ? 'withdrawn' : signature.stance}
                  >
                    <th scope="row">{nameOf(signature.memberStateIso3)}</th>
                    <td>
                      <span className={`badge stance stance--${withdrawn ? 'withdrawn' : signature.stance}`}>
                        {withdrawn
                          ? t(`common.withdrawn.${signature.stance}`)
                          : t(`common.stances.${signature.stance}`)}
                      </span>
                    </td>
                    <td>
                      <ZonedTime instant={signature.withdrawnAt ?? signature.signedAt} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {user !== null && user.memberStateIso3 !== null && canSign(user, contribution, memberStates) && (
        <SignActions contribution={contribution} user={user} state={nameOf(user.memberStateIso3)} />
      )}
    </section>
  );
}
