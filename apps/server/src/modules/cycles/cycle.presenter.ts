import type { Cycle } from '@tansiq/api';
import type { CycleRow } from '@tansiq/db';

/** A cycle as the API gives it. */
export function presentCycle(row: CycleRow): Cycle {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    series: 'wtdc',
    year: row.year,
    city: row.city,
    countryIso3: row.countryIso3,
    theme: row.theme,
  };
}
