import { ApiError, type Vote } from '@tansiq/api';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { ChoiceInWords } from './vote-result.tsx';
import { useCheckReceipt } from './votes.queries.ts';

/** After the close: a voter types its receipt code and sees that its ballot was counted, and as what. */
export function ReceiptCheckForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const id = useId();
  const check = useCheckReceipt(vote.id);
  const [receipt, setReceipt] = useState('');
  const notFound = check.error instanceof ApiError && check.error.status === 404;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (receipt.trim() !== '') {
      check.mutate(receipt.trim());
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('votes.receipt.heading')}</h2>
      <div className={notFound ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-code`}>
          {t('votes.receipt.code')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('votes.receipt.hint')}
        </p>
        <input
          id={`${id}-code`}
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={receipt}
          aria-describedby={`${id}-hint`}
          aria-invalid={notFound ? true : undefined}
          onChange={(event) => setReceipt(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={check.isPending || receipt.trim() === ''}>
          {t('votes.receipt.check')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {check.data && (
          <p className="notice notice--success" data-receipt-counted>
            {t('votes.receipt.counted')} <ChoiceInWords vote={vote} choice={check.data.choice} />
          </p>
        )}
        {notFound && <p className="notice notice--error">{t('votes.receipt.notFound')}</p>}
      </div>
      {!notFound && <WriteError error={check.error} />}
    </form>
  );
}
