/**
 * Validates requests and responses against `api/openapi.yaml` with a real JSON Schema (2020-12)
 * validator, so the mock, the client and the contract cannot drift apart.
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import contract from '../../api/openapi.yaml';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, ResponseSpec>;
}
interface ResponseSpec {
  $ref?: string;
  headers?: Record<string, { required?: boolean; schema: Schema }>;
  content?: Record<string, { schema: Schema }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const doc = contract as Document;

function resolve<T>(node: T & { $ref?: string }): T {
  if (!node.$ref) return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  let target: unknown = doc;
  for (const part of path) target = (target as Record<string, unknown>)[part];
  return resolve(target as T & { $ref?: string });
}

function check(schema: Schema, value: unknown, where: string): string[] {
  const validator = new Validator({ ...schema, components: doc.components } as Schema, '2020-12', false);
  const result = validator.validate(value);
  return result.valid ? [] : result.errors.map((e) => `${where}: ${e.instanceLocation} ${e.error}`);
}

export function findOperation(method: string, url: string): { operation: Operation; template: string } | undefined {
  const pathname = new URL(url).pathname;
  for (const [template, item] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = item[method.toLowerCase()];
    if (pattern.test(pathname) && operation) return { operation, template };
  }
  return undefined;
}

export function validateRequest(method: string, url: string, headers: Headers, body: unknown): string[] {
  const found = findOperation(method, url);
  if (!found) return [`${method} ${url}: not in the contract`];
  const where = `${method} ${found.template} request`;
  const errors: string[] = [];
  for (const raw of found.operation.parameters ?? []) {
    const parameter = resolve(raw);
    if (parameter.in !== 'header') continue;
    const value = headers.get(parameter.name);
    if (value === null) {
      if (parameter.required) errors.push(`${where}: missing header ${parameter.name}`);
      continue;
    }
    errors.push(...check(parameter.schema, value, `${where} header ${parameter.name}`));
  }
  const content = found.operation.requestBody?.content['application/json'];
  if (content) errors.push(...check(content.schema, body, `${where} body`));
  return errors;
}

export function validateResponse(method: string, url: string, response: Response, body: unknown): string[] {
  const found = findOperation(method, url);
  if (!found) return [`${method} ${url}: not in the contract`];
  const where = `${method} ${found.template} ${response.status}`;
  const raw = found.operation.responses[String(response.status)];
  if (!raw) return [`${where}: status not in the contract`];
  const spec = resolve(raw);
  const errors: string[] = [];
  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    if (header.required && !response.headers.has(name)) errors.push(`${where}: missing header ${name}`);
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const content = spec.content?.[type];
  if (!content) return [...errors, `${where}: content type "${type}" not in the contract`];
  return [...errors, ...check(content.schema, body, where)];
}
