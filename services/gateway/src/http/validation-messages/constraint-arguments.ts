import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { MessageArguments } from './field-messages';

/** class-validator's constraints (`@MaxLength(2000)` → `[2000]`) under the names the catalogue's texts use. */
const argumentNames: Readonly<Record<string, (constraints: readonly unknown[]) => MessageArguments>> = {
  maxLength: ([max]) => ({ max: Number(max) }),
  minLength: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  isIn: ([values]) => ({ values: Array.isArray(values) ? values.join(', ') : String(values) }),
};

/** The rule id of a decorator's metadata: a custom constraint's name, else its type (`isDefined`, `nestedValidation`). */
export function ruleOf(metadata: { readonly name?: string; readonly type: string }): string {
  return metadata.name ?? metadata.type;
}

/**
 * The arguments of the constraint `rule` that `error` reports, read from the metadata of the decorator on the
 * error's class and property (the validation pipe keeps the error's target for this; it never leaves the gateway).
 */
export function constraintArguments(error: ValidationError, rule: string): MessageArguments {
  const name = argumentNames[rule];
  const target = error.target;
  if (!name || !target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((candidate) => candidate.propertyName === error.property && ruleOf(candidate) === rule);
  return metadata ? name(metadata.constraints ?? []) : {};
}

export function hasArgumentNames(rule: string): boolean {
  return rule in argumentNames;
}
