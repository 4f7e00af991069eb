import type { TFunction } from 'i18next';
import { AUDIT_ENTITY_TYPES } from './audit-query.ts';

type KnownType = (typeof AUDIT_ENTITY_TYPES)[number];

const isKnown = (type: string): type is KnownType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);

/** The kind of record an audit row is about, translated when known, else its code. */
export function entityTypeName(t: TFunction, type: string): string {
  return isKnown(type) ? t(`audit.entityTypes.${type}`) : type;
}
