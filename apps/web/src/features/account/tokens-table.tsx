import type { ApiToken } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { sortTokens, tokenStatus } from './api-token.ts';
import { useRevokeToken } from './account.queries.ts';

function When({ instant }: { instant: string | null }) {
  const { t } = useTranslation();
  if (instant === null) {
    return <span className="muted">{t('account.tokens.never')}</span>;
  }
  return <ZonedTime instant={instant} />;
}

/** Revoking one token, after the reader confirms which. */
function RevokeButton({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(true)}>
        {t('account.tokens.revoke')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('account.tokens.confirmLabel', { name: token.name })}>
      <p className="confirm__question">{t('account.tokens.confirm', { name: token.name })}</p>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={revoke.isPending}
        // The confirmation replaces the button: focus lands on the action the reader asked for.
        autoFocus
        onClick={() => revoke.mutate(token.id, { onSuccess: () => setConfirming(false) })}
      >
        {t('account.tokens.confirmRevoke')}
      </button>{' '}
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
        {t('form.cancel')}
      </button>
      <WriteError error={revoke.error} />
    </div>
  );
}

/** The reader's API tokens: active ones first, each with its prefix, dates and status, revocable while active. */
export function TokensTable({ tokens, now }: { tokens: readonly ApiToken[]; now: Date }) {
  const { t } = useTranslation();
  if (tokens.length === 0) {
    return <p className="notice">{t('account.tokens.none')}</p>;
  }
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('account.tokens.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('account.tokens.name')}</th>
            <th scope="col">{t('account.tokens.prefix')}</th>
            <th scope="col">{t('account.tokens.createdAt')}</th>
            <th scope="col">{t('account.tokens.lastUsedAt')}</th>
            <th scope="col">{t('account.tokens.expiresAt')}</th>
            <th scope="col">{t('account.tokens.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('account.tokens.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sortTokens(tokens, now).map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id} data-token-status={status}>
                <th scope="row">
                  <bdi>{token.name}</bdi>
                </th>
                <td>
                  <code dir="ltr">{token.prefix}…</code>
                </td>
                <td>
                  <When instant={token.createdAt} />
                </td>
                <td>
                  <When instant={token.lastUsedAt} />
                </td>
                <td>
                  <When instant={token.expiresAt} />
                </td>
                <td>
                  <span className={`badge badge--${status}`}>{t(`account.tokens.statuses.${status}`)}</span>
                </td>
                <td>{status === 'active' && <RevokeButton token={token} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
