import type { Instrument } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { adoptingMeetingIds, versionLinks } from './version-lineage.ts';

type Version = Instrument['versions'][number];

const version = (id: string, status: Version['status'], meeting: string | null): Version => ({
  id,
  label: id,
  status,
  adoptedAtMeetingId: meeting,
  adoptedOn: null,
  languages: ['en'],
  labels: { en: id },
});

describe('versionLinks', () => {
  it('links each version to the one it revises and a superseded one to its successor (newest first)', () => {
    const versions = [
      version('Rev. Buenos Aires, 2017', 'in-force', 'm3'),
      version('Rev. Dubai, 2014', 'superseded', 'm2'),
      version('Hyderabad, 2010', 'superseded', null),
    ];
    const links = versionLinks(versions);
    expect(links.get('Rev. Buenos Aires, 2017')).toEqual({ revises: versions[1], supersededBy: null });
    expect(links.get('Rev. Dubai, 2014')).toEqual({ revises: versions[2], supersededBy: versions[0] });
    expect(links.get('Hyderabad, 2010')).toEqual({ revises: null, supersededBy: versions[1] });
  });

  it('names no successor for an abrogated version, nor for one whose successor is not stored', () => {
    const links = versionLinks([version('a', 'abrogated', 'm1'), version('b', 'superseded', null)]);
    expect(links.get('a')?.supersededBy).toBeNull();
    expect(versionLinks([version('only', 'superseded', null)]).get('only')).toEqual({
      revises: null,
      supersededBy: null,
    });
  });
});

describe('adoptingMeetingIds', () => {
  it('lists each adopting meeting once', () => {
    expect(
      adoptingMeetingIds([
        version('a', 'in-force', 'm1'),
        version('b', 'superseded', null),
        version('c', 'superseded', 'm1'),
      ]),
    ).toEqual(['m1']);
  });
});
