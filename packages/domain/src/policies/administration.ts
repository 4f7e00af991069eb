import { isSecretariat, type Someone } from './person.ts';

/**
 * The secretariat keeps the installation: cycles, meetings, deadline rules, the registry's entities and
 * participation, and reads the audit trail (the server asks `requireSecretariat` with the action's words).
 */
export function canEditMeetings(person: Someone): boolean {
  return isSecretariat(person);
}

/** The secretariat reads the audit trail. */
export function canReadAudit(person: Someone): boolean {
  return isSecretariat(person);
}

/** The secretariat imports texts into the library and records their lineage. */
export function canImportTexts(person: Someone): boolean {
  return isSecretariat(person);
}

/** The secretariat issues corrigenda of adopted versions. */
export function canIssueCorrigenda(person: Someone): boolean {
  return isSecretariat(person);
}
