import type { Delegation, MemberState } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Field, FormErrors } from '../../components/form-fields.tsx';
import { MemberStateOptions } from '../../components/member-state-options.tsx';
import { useForm } from '../../components/use-form.ts';
import { WriteError } from '../../components/write-error.tsx';
import { issueKey, placeIssues } from '../../lib/api-errors.ts';
import { proxyHolders } from './delegation-form.ts';
import { useGiveProxy, useWithdrawProxy } from './delegations.queries.ts';

/**
 * A state's proxy: given to another state with a delegation at the meeting, or withdrawn when it is in force.
 * Refusals (`409 proxy_refused`) land on the holder, or on the form when they are about the giver.
 */
export function ProxyForm({
  meeting,
  delegation,
  delegations,
  memberStates,
  stateName,
  nameOf,
}: {
  meeting: string;
  delegation: Delegation;
  delegations: readonly Delegation[];
  memberStates: readonly MemberState[];
  stateName: string;
  nameOf: (iso3: string) => string;
}) {
  const { t } = useTranslation();
  const give = useGiveProxy(meeting, delegation.memberState);
  const withdraw = useWithdrawProxy(meeting, delegation.memberState);
  const holders = proxyHolders(delegations, delegation.memberState);
  const headingId = `proxy-form-${delegation.memberState}`;
  const holderLabel = t('delegations.proxy.holder');
  const form = useForm({
    initial: { holder: '' },
    submission: give,
    // The holder's issues land on the holder; the giver's (`memberState`) on the form.
    place: (error) => placeIssues(error, ['holder']),
    message: (issue) => t(`issues.${issue.key}`),
    label: () => holderLabel,
  });
  const { holder } = form.values;

  if (delegation.proxyGiven !== null) {
    const withdrawIssues = placeIssues(withdraw.error, []);
    return (
      <section className="form form--wide" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('delegations.proxy.heading', { state: stateName })}</h3>
        <p>{t('delegations.proxy.givenTo', { holder: nameOf(delegation.proxyGiven.holder) })}</p>
        {withdrawIssues.length > 0 ? (
          <p className="notice notice--error" role="alert">
            {t(`issues.${withdrawIssues[0]?.key ?? issueKey(undefined)}`)}
          </p>
        ) : (
          <WriteError error={withdraw.error} />
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate()}
        >
          {t('delegations.proxy.withdraw')}
        </button>
      </section>
    );
  }

  const submit = form.onSubmit(() => give.mutate({ holder }, { onSuccess: () => form.reset() }));
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('delegations.proxy.heading', { state: stateName })}</h3>
      <FormErrors form={form} />
      {holders.length === 0 ? (
        <p className="notice">{t('delegations.proxy.noHolders')}</p>
      ) : (
        <>
          <Field
            name="holder"
            label={holderLabel}
            hint={t('delegations.proxy.hint')}
            error={form.errorOf('holder')}
            required
          >
            {(control) => (
              <select {...control} value={holder} onChange={form.input('holder')}>
                <option value="">{t('delegations.proxy.choose')}</option>
                <MemberStateOptions states={memberStates.filter((state) => holders.includes(state.iso3))} />
              </select>
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={give.isPending || holder === ''}>
              {give.isPending ? t('form.saving') : t('delegations.proxy.give')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
