import type { AgendaItem } from '@tansiq/api';
import type { AgendaItemWithDocuments } from './agenda.service.ts';

/** An agenda item as the API gives it. */
export function presentAgendaItem({ row, documents }: AgendaItemWithDocuments): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meetingId,
    number: row.number,
    title: row.title,
    position: row.position,
    documents,
  };
}
