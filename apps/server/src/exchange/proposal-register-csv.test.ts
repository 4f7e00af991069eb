import { describe, expect, it } from 'vitest';
import { csvField, renderRegisterCsv, type RegisterEntry } from './proposal-register-csv.ts';

const ENTRY: RegisterEntry = {
  symbol: 'WTDC-17/1-E',
  number: 'EGY/1/1',
  source: 'EGY',
  mark: 'MOD',
  instrument: 'RESOLUTION 901',
  version: 'Rev. Dubai, 2014',
  provisionId: 'resolves.2',
  provision: 'resolves 2',
  text: 'that the centres should, with the support of "the regional offices":\nfirst line\r\nsecond line',
  reasons: 'Regional offices help, a lot.',
  status: 'submitted',
  textLanguage: 'ar',
  shownAs: 'translation',
  originalLanguage: 'en',
};

/** Parses RFC 4180 text (quoted fields with doubled quotes and line breaks), as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('renderRegisterCsv', () => {
  it('starts with a byte order mark, a header, and ends every record with CRLF', () => {
    const bytes = renderRegisterCsv([ENTRY]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'symbol,number,source,mark,instrument,version,provision_id,provision,text,reasons,status,text_language,shown_as,original_language',
    );
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks so that every field reads back as it was', () => {
    const text = renderRegisterCsv([ENTRY]).toString('utf8').slice(1);
    expect(text).toContain('"Rev. Dubai, 2014"');
    expect(text).toContain('"that the centres should, with the support of ""the regional offices"":\nfirst line\r\n');
    const [header, record] = parseCsv(text);
    expect(header).toHaveLength(14);
    expect(header!.slice(-3)).toEqual(['text_language', 'shown_as', 'original_language']);
    expect(record).toEqual(Object.values(ENTRY));
  });

  it('keeps Arabic as UTF-8 and leaves empty fields empty', () => {
    const arabic: RegisterEntry = {
      ...ENTRY,
      symbol: 'WTDC-17/2-A',
      number: null,
      source: 'ARB',
      instrument: 'القرار 901',
      provision: 'يقرر 2',
      text: 'أن تقوم المراكز، بدعم من المكاتب الإقليمية، بما يلي:',
      reasons: '',
    };
    const bytes = renderRegisterCsv([arabic]);
    expect(bytes.toString('utf8')).toContain('القرار 901');
    const [, record] = parseCsv(bytes.toString('utf8').slice(1));
    expect(record).toEqual(Object.values({ ...arabic, number: '' }));
    expect(renderRegisterCsv([]).toString('utf8')).toBe(
      '\uFEFFsymbol,number,source,mark,instrument,version,provision_id,provision,text,reasons,status,text_language,shown_as,original_language\r\n',
    );
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});
