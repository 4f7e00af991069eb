import type { DocumentTranslation, TranslationQueue } from '@tansiq/api';
import type { MeetingRow } from '@tansiq/db';
import { documentTitleIn, translationVolume, type Language } from '@tansiq/domain';
import { symbolOf } from '../contributions/contribution.presenter.ts';
import { statusOf, type QueueItem, type TranslationView } from './translation.service.ts';

const iso = (date: Date | null | undefined) => (date === null || date === undefined ? null : date.toISOString());

/** A language version as the API answers it: the original beside each proposal's translation. */
export function presentTranslation(view: TranslationView): DocumentTranslation {
  const { document, meeting, language, version } = view;
  const original = document.originalLanguage as Language;
  const originalTitle = documentTitleIn(document.title, original, original)?.text ?? '';
  return {
    documentId: document.id,
    meetingCode: meeting.code,
    symbol: symbolOf(document, meeting.code, language),
    documentStatus: document.status as DocumentTranslation['documentStatus'],
    language,
    originalLanguage: original,
    status: statusOf(version),
    revision: version?.revision ?? 0,
    title: version?.title ?? document.title[language] ?? null,
    originalTitle,
    publishedAt: iso(version?.publishedAt),
    updatedAt: iso(version?.updatedAt),
    volume: translationVolume(
      [originalTitle, ...view.proposals.flatMap(({ original: { row } }) => [row.text ?? '', row.reasons ?? ''])].join(
        '\n',
      ),
      original,
    ),
    proposals: view.proposals.map(({ original: { row, target, baseText }, translation }) => ({
      proposalId: row.id,
      number: row.number,
      mark: row.mark as DocumentTranslation['proposals'][number]['mark'],
      target,
      original: { language: original, text: row.text, reasons: row.reasons },
      baseText,
      text: translation?.text ?? null,
      reasons: translation?.reasons ?? null,
      diff:
        translation?.diff === null || translation?.diff === undefined
          ? null
          : {
              ...translation.diff,
              ops: translation.diff.ops as NonNullable<DocumentTranslation['proposals'][number]['diff']>['ops'],
            },
      revision: translation?.revision ?? 0,
      translatedAt: iso(translation?.translatedAt),
    })),
  };
}

/** A meeting's queue, with each language's totals. */
export function presentQueue(
  meeting: MeetingRow,
  deadline: Date | null,
  items: readonly QueueItem[],
): TranslationQueue {
  const languages = new Map<Language, TranslationQueue['languages'][number]>();
  for (const item of items) {
    const totals = languages.get(item.language) ?? {
      language: item.language,
      awaiting: 0,
      inTranslation: 0,
      published: 0,
      late: 0,
      volume: 0,
    };
    const status = statusOf(item.version);
    if (status === 'awaiting') {
      totals.awaiting += 1;
    } else if (status === 'in-translation') {
      totals.inTranslation += 1;
    } else {
      totals.published += 1;
    }
    if (item.late) {
      totals.late += 1;
    }
    if (status !== 'published' && item.due) {
      totals.volume += item.volume.count;
    }
    languages.set(item.language, totals);
  }
  return {
    meetingId: meeting.id,
    meetingCode: meeting.code,
    deadline: iso(deadline),
    items: items.map((item) => ({
      documentId: item.document.id,
      symbol: symbolOf(item.document, meeting.code, item.language),
      series: item.document.series,
      title: item.document.title,
      originalLanguage: item.document.originalLanguage as Language,
      documentStatus: item.document.status as TranslationQueue['items'][number]['documentStatus'],
      timing: item.document.timing as TranslationQueue['items'][number]['timing'],
      language: item.language,
      status: statusOf(item.version),
      volume: item.volume,
      proposals: item.proposals,
      translated: item.translated,
      due: item.due,
      late: item.late,
      publishedAt: iso(item.version?.publishedAt),
      updatedAt: iso(item.version?.updatedAt),
    })),
    languages: [...languages.values()],
  };
}
