import type { Contribution } from '@tansiq/api';
import { WORD_DIFF_ALGORITHM, memberStateNames } from '@tansiq/domain';
import type { LightMyRequestResponse } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContributionJson } from '../src/exchange/contribution-json.ts';
import { loadDemo } from '../src/index.ts';
import {
  arabCommonBody,
  contributionBody,
  contributionOf,
  contributionsApi,
  demoAccount,
  tokenCaller,
  version901,
  type Caller,
} from './contribution-helpers.ts';
import { expectApiError, openTestApp, operator, type TestApp } from './helpers.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EGYPT_AR = memberStateNames('EG').ar;

let t: TestApp;
let egypt: Caller;
let v901: string;
/** Egypt's contribution in Arabic to WTDC-17, submitted: a MOD of resolves 2, an ADD, a NOC. */
let submitted: Contribution;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  egypt = await demoAccount(t, 'focal.egypt@example.org');
  v901 = await version901(t);
  const api = contributionsApi(t, egypt);
  const draft = contributionOf(
    await api.create(
      contributionBody('wtdc-17', {
        originalLanguage: 'ar',
        title: { en: 'Proposals on Resolution 901', ar: 'مقترحات بشأن القرار 901' },
      }),
    ),
    201,
  );
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId: v901, provisionId });
  for (const body of [
    {
      mark: 'MOD' as const,
      target: target('resolves.2'),
      text: 'أن تعمل المراكز، بالتعاون مع السلطات المحلية، على ما يلي:',
    },
    {
      mark: 'ADD' as const,
      target: target('considering.d'),
      text: 'أن المراكز المجتمعية يمكن أن تكون نقاط نفاذ إلى الخدمات العامة،',
    },
    { mark: 'NOC' as const, target: target('resolves.1'), reasons: 'ما زال هذا الحكم صالحاً.' },
  ]) {
    contributionOf(await api.propose(draft.id, body), 201);
  }
  submitted = contributionOf(await api.submit(draft.id));
});

afterAll(async () => {
  await t?.close();
});

/** The body of the .docx an answer carries, after checking that it is one. */
function documentXml(response: LightMyRequestResponse): string {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe(DOCX);
  expect(response.headers['content-disposition']).toMatch(
    /^attachment; filename="contribution-(\d+|draft)-(ar|zh|en|fr|ru|es)\.docx"$/,
  );
  const files = unzipSync(new Uint8Array(response.rawPayload));
  return strFromU8(files['word/document.xml']!);
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((match) => match[1]).join('');
const paragraphsOf = (xml: string) => xml.slice(xml.indexOf('<w:body>')).match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];

describe('the Word export', () => {
  it('in Arabic: tracked changes for the MOD, right-to-left paragraphs, numbers and Egypt as source', async () => {
    const xml = documentXml(await contributionsApi(t).exported(submitted.id, 'lang=ar'));
    const insertions = (xml.match(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g) ?? []).map(textOf).join('|');
    const deletions = (xml.match(/<w:del [^>]*>[\s\S]*?<\/w:del>/g) ?? []).map(textOf).join('|');
    expect(insertions).toContain('بالتعاون مع السلطات المحلية');
    expect(insertions).toContain('تعمل');
    expect(deletions).toContain('تقوم');
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      expect(paragraph).toContain('<w:bidi/>');
    }
    const text = textOf(xml);
    const number = submitted.proposals[0]!.number!.split('/')[1];
    for (const expected of [
      EGYPT_AR,
      `WTDC-17/${number}-A`,
      ...submitted.proposals.map((proposal) => proposal.number!),
      'القرار 901',
      'أن المراكز المجتمعية يمكن أن تكون نقاط نفاذ إلى الخدمات العامة،',
      'ما زال هذا الحكم صالحاً.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('in English: the same proposals left to right', async () => {
    const xml = documentXml(await contributionsApi(t).exported(submitted.id, 'lang=en'));
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).toMatch(/<w:ins /);
    const text = textOf(xml);
    expect(text).toContain(`WTDC-17/${submitted.proposals[0]!.number!.split('/')[1]}-E`);
    expect(text).toContain('RESOLUTION 901');
  });

  // Issue 15: the six languages are of equal status; the words, the meeting and the dates follow the one asked.
  it('in Spanish, Russian and Chinese: their own labels, meeting title and dates, left to right', async () => {
    const number = submitted.proposals[0]!.number!.split('/')[1];
    const printed = {
      es: [
        `Documento WTDC-17/${number}-S`,
        'Original: árabe',
        'Origen: ',
        'Conferencia Mundial de Desarrollo de las Telecomunicaciones 2017 (CMDT-17)',
        'Buenos Aires, Argentina, 9',
      ],
      ru: [
        `Документ WTDC-17/${number}-R`,
        'Оригинал: арабский',
        'Источник: ',
        'Всемирная конференция по развитию электросвязи 2017 года (ВКРЭ-17)',
        'Буэнос-Айрес, Аргентина, 9',
      ],
      zh: [
        `文件 WTDC-17/${number}-C`,
        '原文：阿拉伯语',
        '来源：',
        '2017年世界电信发展大会（WTDC-17）',
        '布宜诺斯艾利斯，阿根廷，2017年10月9日至20日',
      ],
    };
    for (const [language, expected] of Object.entries(printed)) {
      const xml = documentXml(await contributionsApi(t).exported(submitted.id, `lang=${language}`));
      expect(xml).not.toContain('<w:bidi/>');
      const text = textOf(xml);
      for (const words of expected) {
        expect(text).toContain(words);
      }
    }
  });
});

describe('the JSON export', () => {
  it('gives the documented shape, in the language asked', async () => {
    const response = await contributionsApi(t).exported(submitted.id, 'lang=ar&format=json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const json = response.json<ContributionJson>();
    expect(json).toMatchObject({
      format: 'tansiq.contribution/1',
      language: 'ar',
      originalLanguage: 'ar',
      source: EGYPT_AR,
      signatories: [],
      title: 'مقترحات بشأن القرار 901',
      date: '2017-09-01',
    });
    expect(json.symbol).toContain('WTDC-17/');
    expect(json.proposals.map((proposal) => [proposal.number, proposal.mark])).toEqual(
      submitted.proposals.map((proposal) => [proposal.number, proposal.mark]),
    );
    const [mod, add, noc] = json.proposals;
    expect(mod).toMatchObject({ baseText: 'أن تقوم المراكز بما يلي:', changes: { algorithm: WORD_DIFF_ALGORITHM } });
    expect(mod!.changes!.ops.map((op) => op.op)).toEqual(expect.arrayContaining(['insert', 'equal']));
    expect(add).toMatchObject({ changes: null, baseText: null });
    expect(noc).toMatchObject({ text: null, changes: null, reasons: 'ما زال هذا الحكم صالحاً.' });
  });

  it("prints a common proposal's signatories by name", async () => {
    const coordinator = await demoAccount(t, 'coordinator.arab@example.org');
    const draft = contributionOf(await contributionsApi(t, coordinator).create(arabCommonBody('wtdc-17')), 201);
    await contributionsApi(t, egypt).sign(draft.id);
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    await contributionsApi(t, tunisia).sign(draft.id);
    const response = await contributionsApi(t, coordinator).exported(draft.id, 'lang=ar&format=json');
    expect(response.statusCode, response.body).toBe(200);
    const json = response.json<ContributionJson>();
    expect(json.signatories).toEqual([EGYPT_AR, memberStateNames('TN').ar]);
    expect(json.symbol).not.toContain('WTDC-17/');
  });
});

describe('who exports', () => {
  it("a draft of another administration is not found, in either format; one's own draft exports", async () => {
    const draft = contributionOf(await contributionsApi(t, egypt).create(contributionBody('wtdc-17')), 201);
    const tunisia = await tokenCaller(t, 'focal-point', { memberStateIso3: 'TUN' });
    for (const reader of [undefined, tunisia]) {
      for (const query of ['lang=ar', 'format=json']) {
        expectApiError(await contributionsApi(t, reader).exported(draft.id, query), 404, 'not_found', {
          path: ['params', 'id'],
        });
      }
    }
    const own = documentXml(await contributionsApi(t, egypt).exported(draft.id, 'lang=en'));
    expect(textOf(own)).toContain('Draft');
  });
});
