import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from './helpers.ts';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
}

let t: TestApp;
let document: OpenApiDocument;

beforeAll(async () => {
  t = await openTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode, response.body).toBe(200);
  document = response.json<OpenApiDocument>();
});

afterAll(async () => {
  await t?.close();
});

/** Every `$ref` in `value` with the JSON path where it stands. */
function refsOf(value: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => refsOf(item, `${at}/${index}`));
  }
  if (value === null || typeof value !== 'object') {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ ref: child, at }] : refsOf(child, `${at}/${key}`),
  );
}

/** The value a local JSON pointer (`#/components/schemas/Meeting`) designates in `root`, or undefined. */
function resolvePointer(root: unknown, pointer: string): unknown {
  const tokens = pointer
    .slice(2)
    .split('/')
    .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'));
  let value: unknown = root;
  for (const token of tokens) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document that publishes the named schemas as components', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const schemas = Object.keys(document.components?.schemas ?? {});
    expect(schemas).toEqual(expect.arrayContaining(['Region', 'Meeting', 'Contribution', 'Vote', 'AuditEvent']));
    // An input form (`LanguageInput`) that says what its answer form says is merged into it; one that no
    // request uses is left out.
    expect(schemas).not.toContain('LanguageInput');
    expect(schemas).not.toContain('MeetingInput');
    const referenced = new Set(refsOf(document).map(({ ref }) => ref));
    expect(schemas.filter((name) => name.endsWith('Input') && !referenced.has(`#/components/schemas/${name}`))).toEqual(
      [],
    );
  });

  it('has no $ref to a missing component', () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter(({ ref }) => !ref.startsWith('#/'))).toEqual([]);
    const missing = refs.filter(({ ref }) => resolvePointer(document, ref) === undefined);
    expect(missing).toEqual([]);
  });

  it('passes a real OpenAPI validator (swagger-parser: dereferenced, then checked against the 3.1 schema)', async () => {
    // validate dereferences in place: it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('generates TypeScript types (openapi-typescript) that compile under strict options', async () => {
    const types = astToString(await openapiTS(structuredClone(document) as never));
    expect(types).toMatch(/\bMeeting: \{/);
    const dir = await mkdtemp(path.join(tmpdir(), 'tansiq-openapi-'));
    try {
      const api = path.join(dir, 'api.ts');
      const use = path.join(dir, 'use.ts');
      await writeFile(api, types);
      // The generated types are used as a client would, so a type that collapsed to `never` shows.
      await writeFile(
        use,
        [
          "import type { components, paths } from './api.ts';",
          "type Meeting = components['schemas']['Meeting'];",
          "type Region = components['schemas']['Region'];",
          "type Contribution = components['schemas']['Contribution'];",
          'export const code = (meeting: Meeting): string => meeting.code;',
          'export const regionId = (region: Region): string => region.id;',
          'export const symbol = (contribution: Contribution): unknown => contribution.id;',
          "export type Health = paths['/api/health']['get']['responses'][200]['content']['application/json'];",
          '',
        ].join('\n'),
      );
      const program = ts.createProgram([api, use], {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        noImplicitOverride: true,
        noUnusedLocals: true,
        noEmit: true,
        // The generated file is checked in full; TypeScript's own lib files need no checking.
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        allowImportingTsExtensions: true,
        lib: ['lib.es2022.d.ts'],
        types: [],
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
