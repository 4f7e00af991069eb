import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  readAuditFilters,
  withAuditFilters,
  type AuditFilters,
} from './audit-query.ts';
import { entityTypeName } from './entity-type-name.ts';

type Draft = Omit<AuditFilters, 'page'>;

/** The audit view's filters: applied to the address (so shareable, and undone with the back button) on submit. */
export function AuditFiltersForm() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { page: _page, ...current } = readAuditFilters(params);
  const [draft, setDraft] = useState<Draft>(current);
  const [appliedFrom, setAppliedFrom] = useState(params.toString());
  // The address changed by other means (a link on an actor, the back button): the form follows it.
  if (appliedFrom !== params.toString()) {
    setAppliedFrom(params.toString());
    setDraft(current);
  }
  const set = (name: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((values) => ({ ...values, [name]: event.target.value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(withAuditFilters(params, draft));
  };
  const clear = () =>
    setParams(withAuditFilters(params, { entityType: '', entityId: '', action: '', actorId: '', from: '', to: '' }));

  return (
    <form className="filters" role="search" aria-label={t('audit.filters')} onSubmit={apply}>
      <div className="filters__field">
        <label htmlFor="audit-entity-type">{t('audit.entityType')}</label>
        <select id="audit-entity-type" value={draft.entityType} onChange={set('entityType')}>
          <option value="">{t('audit.anyEntityType')}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {entityTypeName(t, type)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="audit-action">{t('audit.action')}</label>
        <input id="audit-action" dir="ltr" list="audit-actions" value={draft.action} onChange={set('action')} />
        <datalist id="audit-actions">
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </div>
      <div className="filters__field">
        <label htmlFor="audit-actor">{t('audit.actorId')}</label>
        <input id="audit-actor" dir="ltr" value={draft.actorId} onChange={set('actorId')} />
      </div>
      <div className="filters__field">
        <label htmlFor="audit-from">{t('audit.from')}</label>
        <input id="audit-from" type="date" value={draft.from} onChange={set('from')} />
      </div>
      <div className="filters__field">
        <label htmlFor="audit-to">{t('audit.to')}</label>
        <input id="audit-to" type="date" value={draft.to} onChange={set('to')} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
