import type { CreateMeetingBody, Meeting, MeetingType, UpdateMeetingBody } from '@tansiq/api';
import type { z } from 'zod';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';

/** The meeting types, in the order the editor offers them: the domain's list. */
export { MEETING_TYPES } from '@tansiq/domain';

/**
 * The languages whose title and city the editor asks for: English (required) first, then the five others in the
 * ITU's order.
 */
export const EDITED_LANGUAGES = ['en', ...UI_LANGUAGES.filter((language) => language !== 'en')] as readonly [
  'en',
  ...Exclude<UiLanguage, 'en'>[],
];
type EditedLanguage = UiLanguage;

/** A title's or a city's version in one language, as a form field: `title.en`, `city.zh`. */
type LocalizedField = `${'title' | 'city'}.${EditedLanguage}`;

const localizedFields = (field: 'title' | 'city') =>
  EDITED_LANGUAGES.map((language): LocalizedField => `${field}.${language}`);

/**
 * What the meeting editor holds: every field as the reader typed it. Field names are API paths joined with dots,
 * so that a validation issue at `['title', 'en']` lands on `title.en`. An empty select is `''` (none).
 */
export type MeetingFormValues = {
  code: string;
  cycle: string;
  type: MeetingType;
  startsOn: string;
  endsOn: string;
  countryIso3: string;
  timeZone: string;
  languages: UiLanguage[];
  regionId: string;
  organizationCode: string;
  /** Proxies one delegation may hold, as typed. */
  maxProxies: string;
} & Record<LocalizedField, string>;

export type MeetingField = keyof MeetingFormValues;

/** Every field of the editor, in the order of the form (the order of the error summary too). */
export const MEETING_FIELDS: readonly MeetingField[] = [
  'code',
  'cycle',
  'type',
  ...localizedFields('title'),
  'startsOn',
  'endsOn',
  ...localizedFields('city'),
  'countryIso3',
  'timeZone',
  'languages',
  'regionId',
  'organizationCode',
  'maxProxies',
];

/** The fields of a title or a city, each language's version from `text` (blank where it has none). */
function localizedValues(
  field: 'title' | 'city',
  text: Partial<Record<UiLanguage, string>> = {},
): Record<LocalizedField, string> {
  return Object.fromEntries(
    EDITED_LANGUAGES.map((language) => [`${field}.${language}`, text[language] ?? '']),
  ) as Record<LocalizedField, string>;
}

/** A blank form for a new meeting in `cycle`. */
export function blankMeetingValues(cycle: string): MeetingFormValues {
  return {
    code: '',
    cycle,
    type: 'rpm',
    ...localizedValues('title'),
    ...localizedValues('city'),
    startsOn: '',
    endsOn: '',
    countryIso3: '',
    timeZone: 'UTC',
    languages: [...UI_LANGUAGES],
    regionId: '',
    organizationCode: '',
    maxProxies: '1',
  };
}

/** The form filled from a stored meeting. */
export function meetingValues(meeting: Meeting): MeetingFormValues {
  return {
    code: meeting.code,
    cycle: meeting.cycleCode,
    type: meeting.type,
    ...localizedValues('title', meeting.title),
    ...localizedValues('city', meeting.city),
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    countryIso3: meeting.countryIso3 ?? '',
    timeZone: meeting.timeZone,
    languages: sortLanguages(meeting.languages),
    regionId: meeting.regionId ?? '',
    organizationCode: meeting.organizationCode ?? '',
    maxProxies: String(meeting.maxProxies),
  };
}

function sortLanguages(languages: readonly UiLanguage[]): UiLanguage[] {
  return UI_LANGUAGES.filter((language) => languages.includes(language));
}

type Localized = { en: string } & Partial<Record<UiLanguage, string>>;

/** A text per language from the form, on top of any stored version the form does not edit; blanks dropped. */
function localized(values: MeetingFormValues, field: 'title' | 'city', stored: Localized = { en: '' }): Localized {
  const text: Localized = { ...stored, en: values[`${field}.en`].trim() };
  for (const language of EDITED_LANGUAGES.filter((l): l is Exclude<EditedLanguage, 'en'> => l !== 'en')) {
    const version = values[`${field}.${language}`].trim();
    if (version === '') {
      delete text[language];
    } else {
      text[language] = version;
    }
  }
  return text;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The fields of the form as the API takes them (the API names the same things the same way). */
function apiFields(values: MeetingFormValues, stored?: Meeting) {
  return {
    code: values.code.trim(),
    type: values.type,
    title: localized(values, 'title', stored?.title),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    city: localized(values, 'city', stored?.city),
    countryIso3: orNull(values.countryIso3),
    timeZone: values.timeZone.trim(),
    languages: sortLanguages(values.languages),
    regionId: orNull(values.regionId) as Meeting['regionId'],
    organizationCode: orNull(values.organizationCode) as Meeting['organizationCode'],
    // Blank is no number (the API names the field), never a silent 0.
    maxProxies: values.maxProxies.trim() === '' ? Number.NaN : Number(values.maxProxies),
  };
}

/** The body that creates the meeting the form describes. */
export function createMeetingBody(values: MeetingFormValues): z.input<typeof CreateMeetingBody> {
  return { cycle: values.cycle, ...apiFields(values) };
}

/**
 * The body that changes `stored` into what the form describes: only the fields that differ, so that a change
 * made meanwhile by someone else to another field is kept. Empty when nothing changed.
 */
export function updateMeetingBody(stored: Meeting, values: MeetingFormValues): z.input<typeof UpdateMeetingBody> {
  const next = apiFields(values, stored);
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before: unknown = stored[key as keyof typeof next];
    if (JSON.stringify(normalize(before)) !== JSON.stringify(normalize(value))) {
      body[key] = value;
    }
  }
  return body;
}

/** A value in a form comparable by JSON: objects with sorted keys, language lists in the canonical order. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    return [...(value as string[])].sort();
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}

/** The time zones the browser knows, for the editor's suggestions; `UTC` first. */
export function timeZoneSuggestions(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}
