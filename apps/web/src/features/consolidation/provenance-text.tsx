import type { Provenance } from '@tansiq/api';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/languages.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import { changesOf, provenanceParts, type ChangeSegment, type DraftSegment } from './consolidation.ts';

/** Who made a change, in words: "the chair", or the proposal numbers with their sources. */
export function useProvenanceLabel(sources: ReadonlyMap<string, string>) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const list = new Intl.ListFormat(language);
  return (from: Provenance): string => {
    const parts = provenanceParts(from, sources);
    if (parts.kind === 'chair') {
      return t('consolidation.provenance.chair');
    }
    // Proposal numbers read left to right in an Arabic sentence too: each isolated (LRI … PDI).
    return list.format(parts.proposals.map((proposal) => `\u2066${proposal.number}\u2069`));
  };
}

/**
 * One change of a draft: inserted text underlined (`<ins>`), deleted struck through (`<del>`). Who made it shows
 * on hover and on keyboard focus (the span is focusable), and screen readers hear it before the words.
 */
function Change({ segment, label }: { segment: ChangeSegment; label: string }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const ui = { lang: language, dir: directionOf(language) };
  const Tag = segment.kind === 'insert' ? 'ins' : 'del';
  const said = t(segment.kind === 'insert' ? 'consolidation.provenance.inserted' : 'consolidation.provenance.deleted', {
    by: label,
  });
  return (
    <Tag
      className={`tracked__${segment.kind} provenance`}
      tabIndex={0}
      data-change={segment.index}
      data-from={segment.from === null || segment.from.kind === 'chair' ? 'chair' : segment.from.numbers.join(' ')}
    >
      <span className="visually-hidden" {...ui}>{`[${said}] `}</span>
      {segment.text}
      <span className="visually-hidden" {...ui}>{` [${t(
        segment.kind === 'insert' ? 'diff.insertEnd' : 'diff.deleteEnd',
      )}]`}</span>
      <span className="provenance__tip" aria-hidden="true" {...ui}>
        {said}
      </span>
    </Tag>
  );
}

/** A run of segments without brackets (an alternative, or a whole provision). */
export function Segments({
  segments,
  label,
}: {
  segments: readonly ChangeSegment[];
  label: (from: Provenance) => string;
}) {
  return (
    <>
      {segments.map((segment) =>
        segment.kind === 'base' || segment.from === null ? (
          <span key={`b-${segment.text}-${segment.index}`}>{segment.text}</span>
        ) : (
          <Change key={`c-${segment.index}`} segment={segment} label={label(segment.from)} />
        ),
      )}
    </>
  );
}

/**
 * A provision's draft as it stands: kept text, changes with their provenance, and bracketed alternatives printed
 * `[a] / [b]` in a box, each alternative's changes with theirs.
 */
export function DraftText({
  segments,
  language,
  sources,
  className,
}: {
  segments: readonly DraftSegment[];
  language: string;
  sources: ReadonlyMap<string, string>;
  className?: string;
}) {
  const label = useProvenanceLabel(sources);
  return (
    <p className={`tracked draft-text ${className ?? ''}`} lang={language} dir={textDirection(language)}>
      {segments.map((segment, position) => {
        if (segment.kind !== 'brackets') {
          return segment.kind === 'base' || segment.from === null ? (
            <span key={`b-${position}`}>{segment.text}</span>
          ) : (
            <Change key={`c-${segment.index}`} segment={segment} label={label(segment.from)} />
          );
        }
        return (
          <span key={`k-${segment.id}`} className="draft-text__brackets" data-bracket={segment.id}>
            {segment.alternatives.map((alternative) => (
              <Fragment key={alternative.index}>
                {alternative.index > 0 && ' / '}[
                <Segments segments={alternative.segments} label={label} />]
              </Fragment>
            ))}
          </span>
        );
      })}
    </p>
  );
}

/** The legend of a provision's changes: each one numbered, with its words and who made it. */
export function ChangeLegend({
  segments,
  language,
  sources,
}: {
  segments: readonly DraftSegment[];
  language: string;
  sources: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const label = useProvenanceLabel(sources);
  const changes = changesOf(segments);
  if (changes.length === 0) {
    return null;
  }
  return (
    <details className="change-legend">
      <summary>{t('consolidation.legend.summary', { count: changes.length })}</summary>
      <ol className="change-legend__list">
        {changes.map((change) => (
          <li key={change.index} data-change={change.index}>
            {t(change.kind === 'insert' ? 'consolidation.legend.inserted' : 'consolidation.legend.deleted')}{' '}
            <q lang={language} dir={textDirection(language)}>
              {change.text.trim()}
            </q>{' '}
            — {change.from === null ? '' : label(change.from)}
          </li>
        ))}
      </ol>
    </details>
  );
}
