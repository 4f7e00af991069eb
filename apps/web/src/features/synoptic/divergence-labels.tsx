import type { ClassCounts, DivergenceClass } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { DIVERGENCE_CLASSES } from '@tansiq/domain';
import { useLocale } from '../../lib/use-locale.ts';
import { formatScore, heatLevel } from './synoptic.ts';

/** A row's divergence class in words (the colour only repeats it). */
export function ClassBadge({ value }: { value: DivergenceClass }) {
  const { t } = useTranslation();
  return (
    <span className={`badge divergence-class divergence-class--${value}`} data-class={value}>
      {t(`synoptic.class.${value}`)}
    </span>
  );
}

/** A divergence score in [0, 1], in the reader's numerals, tinted by its step on the scale. */
export function Score({ value }: { value: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <span className={`score heat--${heatLevel(value)}`}>
      {t('synoptic.score', { score: formatScore(locale, value) })}
    </span>
  );
}

/** How many provisions fall in each class, the classes with none left out. */
export function ClassBreakdown({ counts }: { counts: ClassCounts }) {
  const { t } = useTranslation();
  const shown = DIVERGENCE_CLASSES.filter((name) => counts[name] > 0);
  return (
    <ul className="class-breakdown">
      {shown.map((name) => (
        <li key={name} data-class={name}>
          <span className={`class-breakdown__swatch divergence-class--${name}`} aria-hidden="true" />
          {t('synoptic.classCount', { count: counts[name], name: t(`synoptic.class.${name}`) })}
        </li>
      ))}
    </ul>
  );
}
