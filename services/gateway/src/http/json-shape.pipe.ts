import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { fieldProblem, validationFailed, type FieldProblem } from './validation-messages/field-messages';

/**
 * Keys that name a property of every object (`__proto__`, `constructor`, `toString`, `valueOf`,
 * `hasOwnProperty`, ...) and `prototype`. Nest's ValidationPipe drops the first three silently, and
 * class-validator's whitelist takes the others for known properties (it looks them up on a plain object),
 * so a body `{ ...valid, "toString": 0 }` would be accepted with the extra key passed on.
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
/** No body of the API nests this deep; a deeper one is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 16;

interface Place {
  readonly key: string;
  readonly parent?: Place;
  readonly depth: number;
}

function pathOf(place: Place): string {
  const keys: string[] = [];
  for (let at: Place | undefined = place; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
}

/**
 * What is wrong with the shape of a parsed body or query, by path: a reserved key (above) as an own
 * key, and nesting deeper than `MAX_JSON_DEPTH` (reported once, at the first
 * place too deep). An explicit stack, and paths built only for a find: a body nested thousands deep
 * costs no recursion.
 */
export function jsonShapeProblems(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let tooDeep = false;
  const stack: { value: unknown; place?: Place }[] = [{ value }];
  while (stack.length > 0) {
    const { value: current, place } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const depth = (place?.depth ?? 0) + 1;
    if (depth > MAX_JSON_DEPTH) {
      if (!tooDeep) {
        const field = place ? pathOf(place).split('.').slice(0, 3).join('.') : '(body)';
        problems.push(fieldProblem(field, 'maxDepth', 'maxDepth', { max: MAX_JSON_DEPTH }));
      }
      tooDeep = true;
      continue;
    }
    for (const key of Object.keys(current)) {
      const child: Place = { key, parent: place, depth };
      if (RESERVED.has(key)) {
        const field = pathOf(child);
        problems.push(fieldProblem(field, 'whitelistValidation', 'whitelistValidation'));
      } else {
        stack.push({ value: (current as Record<string, unknown>)[key], place: child });
      }
    }
  }
  return problems.sort((a, b) => a.field.localeCompare(b.field));
}

/**
 * Runs before the validation pipe on every body and query, and refuses (400 naming the field and rule):
 * - reserved keys (`__proto__`, `toString`, ...): refused like any other unknown field, where otherwise
 *   they would be dropped or let through unseen;
 * - nesting deeper than `MAX_JSON_DEPTH`: class-transformer walks a value recursively and a few thousand
 *   levels (well inside the 64 kB body limit) overflow the stack, a 500.
 */
export const jsonShapePipe: PipeTransform = {
  transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const fields = jsonShapeProblems(value);
    if (fields.length === 0) return value;
    throw validationFailed(fields);
  },
};
