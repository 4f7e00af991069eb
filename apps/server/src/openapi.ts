import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { isDeepStrictEqual } from 'node:util';

const COMPONENT_REF = '#/components/schemas/';
const INPUT = 'Input';

/** The OpenAPI document as JSON, as far as this file reads it. */
interface JsonDocument {
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Copies `value` (JSON) with each `$ref` to a component renamed by `rename`. */
function renameRefs<T>(value: T, rename: (name: string) => string): T {
  return JSON.parse(JSON.stringify(value), (key, child: unknown) =>
    key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_REF)
      ? COMPONENT_REF + rename(child.slice(COMPONENT_REF.length))
      : child,
  ) as T;
}

/** The names of the components `value` refers to. */
function refsOf(value: unknown, into: Set<string>): Set<string> {
  JSON.stringify(value, (key, child: unknown) => {
    if (key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_REF)) {
      into.add(child.slice(COMPONENT_REF.length));
    }
    return child;
  });
  return into;
}

/**
 * Publishes every schema named with `.meta({ id })` (packages/api) under `#/components/schemas/`, so that each
 * `$ref` of the routes resolves. fastify-type-provider-zod renders each named schema twice: as answers carry it
 * (`Meeting`) and as requests take it (`MeetingInput`: no `additionalProperties: false`, defaults optional).
 * An input form that says the same as its answer form is merged into it, and one that no request uses is left
 * out, so clients get one type per schema unless a request really takes something else.
 */
export const openApiTransformObject: SwaggerTransformObject = (documentObject) => {
  const document = jsonSchemaTransformObject(documentObject) as JsonDocument;
  const schemas = document.components?.schemas;
  if (schemas === undefined) {
    return document as ReturnType<SwaggerTransformObject>;
  }
  const answerForm = (name: string) => name.slice(0, -INPUT.length);
  const inputForms = new Set(
    Object.keys(schemas).filter((name) => name.endsWith(INPUT) && Object.hasOwn(schemas, answerForm(name))),
  );
  const merged = new Set<string>();
  const rename = (name: string) => (merged.has(name) ? answerForm(name) : name);
  // To a fixed point: an input form is merged when it equals its answer form once the forms it refers to are.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of inputForms) {
      if (!merged.has(name) && isDeepStrictEqual(renameRefs(schemas[name], rename), schemas[answerForm(name)])) {
        merged.add(name);
        changed = true;
      }
    }
  }
  const paths = renameRefs({ ...document, components: { ...document.components, schemas: {} } }, rename);
  const kept = new Map(
    Object.entries(schemas)
      .filter(([name]) => !merged.has(name))
      .map(([name, schema]) => [name, renameRefs(schema, rename)]),
  );
  // What the paths and the answer forms refer to, directly or through other components.
  const reached = refsOf(paths, new Set());
  for (const [name, schema] of kept) {
    if (!inputForms.has(name)) {
      refsOf(schema, reached);
    }
  }
  for (const queue = [...reached]; queue.length > 0;) {
    for (const next of refsOf(kept.get(queue.pop() as string), new Set())) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  const published = [...kept].filter(([name]) => !inputForms.has(name) || reached.has(name));
  const result: JsonDocument = {
    ...paths,
    components: { ...paths.components, schemas: Object.fromEntries(published) },
  };
  return result as ReturnType<SwaggerTransformObject>;
};
