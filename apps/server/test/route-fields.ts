import { isPlainText } from '@tansiq/api';
import type { z } from 'zod';
import type { RouteEntry } from '../src/app.ts';

/** A path into a request part, as the API's issues give it. */
export type FieldPath = (string | number)[];

/** One string field of a request body: where it is, whether it refuses direction controls, a body holding it. */
export interface BodyField {
  path: FieldPath;
  plain: boolean;
  /** A body with `value` at this field and, on the way, what a discriminated union needs to reach it. */
  body: (value: string) => unknown;
}

/** One route of the app's route table under `/api/v1`, method by method. */
export interface ApiRoute {
  method: string;
  url: string;
  schema: NonNullable<RouteEntry['schema']>;
}

/** Every API route of the app's route table, one per method (HEAD, which Fastify adds to each GET, aside). */
export function apiRoutes(table: readonly RouteEntry[]): ApiRoute[] {
  return table
    .filter((route) => route.url.startsWith('/api/v1/'))
    .flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method])
        .filter((method) => method !== 'HEAD')
        .map((method) => ({ method, url: route.url, schema: route.schema ?? {} })),
    );
}

/** The names of a route's path parameters (`/meetings/:code/votes` → `code`). */
export function paramNames(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]!);
}

/** The URL of a route with each path parameter given by `value` (URL-encoded here). */
export function urlOf(url: string, value: (name: string) => string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(value(name)));
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  values?: unknown[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Values tried for a path parameter, so that the route's own check of its parameters lets the request through. */
const PARAM_CANDIDATES = ['x', '00000000-0000-4000-8000-000000000000', 'EGY', 'en', 'conference', 'SG1', '1'];

/** A value of the path parameter `name` that the route's params schema takes (`x` when it takes anything). */
export function validParam(route: ApiRoute, name: string): string {
  const field = shapeOf(route.schema.params)[name];
  return PARAM_CANDIDATES.find((value) => field === undefined || field.safeParse(value).success) ?? 'x';
}

/** The fields of an object schema (a route's query or params), or none. */
function shapeOf(schema: unknown): Record<string, z.ZodType> {
  let node = schema as z.ZodType | undefined;
  while (node !== undefined && WRAPPERS.has(defOf(node).type)) {
    node = defOf(node).innerType;
  }
  return node === undefined || defOf(node).type !== 'object' ? {} : (defOf(node).shape ?? {});
}

/** The names of the keys of an object schema (a route's query or params), or none. */
export function keysOf(schema: unknown): string[] {
  return Object.keys(shapeOf(schema));
}

/**
 * Every string field a body schema takes, at any depth: in objects, arrays, records, every option of a union
 * (each with the literals that select it) and the input side of a pipe. Generated from the schema itself, so a
 * field added to the API is swept without being listed.
 */
export function bodyFields(schema: unknown): BodyField[] {
  const fields: BodyField[] = [];
  const walk = (node: z.ZodType, path: FieldPath, body: (value: unknown) => unknown, depth: number) => {
    const def = defOf(node);
    if (depth > 20) {
      return;
    }
    if (def.type === 'string') {
      fields.push({ path, plain: isPlainText(node), body });
    } else if (def.type === 'object') {
      const shape = def.shape ?? {};
      // The literal fields (a discriminated union's `kind`), so that the union takes this option.
      const literals = Object.fromEntries(
        Object.entries(shape)
          .filter(([, field]) => defOf(field).type === 'literal')
          .map(([key, field]) => [key, defOf(field).values?.[0]]),
      );
      for (const [key, field] of Object.entries(shape)) {
        walk(field, [...path, key], (value) => body({ ...literals, [key]: value }), depth + 1);
      }
    } else if (def.type === 'array') {
      walk(def.element!, [...path, 0], (value) => body([value]), depth + 1);
    } else if (def.type === 'record') {
      walk(def.valueType!, [...path, 'key'], (value) => body({ key: value }), depth + 1);
    } else if (def.type === 'union') {
      for (const option of def.options ?? []) {
        walk(option, path, body, depth + 1);
      }
    } else if (def.type === 'intersection') {
      walk(def.left!, path, body, depth + 1);
      walk(def.right!, path, body, depth + 1);
    } else if (def.type === 'pipe') {
      walk(def.in!, path, body, depth + 1);
    } else if (def.type === 'lazy') {
      walk(def.getter!(), path, body, depth + 1);
    } else if (WRAPPERS.has(def.type)) {
      walk(def.innerType!, path, body, depth + 1);
    }
  };
  if (schema !== undefined) {
    walk(schema as z.ZodType, [], (value) => value, 0);
  }
  return fields;
}
