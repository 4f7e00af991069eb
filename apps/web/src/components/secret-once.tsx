import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the server shows once (a new API token, a generated password): selectable text, a copy button, and
 * a plain warning that it will not be shown again.
 */
export function SecretOnce({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <div className="secret" role="region" aria-labelledby={`${id}-label`}>
      <p className="secret__label" id={`${id}-label`}>
        {label}
      </p>
      <p className="secret__warning">{t('secret.once')}</p>
      <div className="secret__row">
        <input
          className="secret__value"
          readOnly
          value={secret}
          dir="ltr"
          aria-labelledby={`${id}-label`}
          // The secret replaces the form that asked for it: the focus goes to it, selected, ready to copy.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy}>
          {t('secret.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('secret.done')}
        </button>
      </div>
      <p className="secret__status" role="status">
        {copied === 'yes' && t('secret.copied')}
        {copied === 'no' && t('secret.copyFailed')}
      </p>
    </div>
  );
}
