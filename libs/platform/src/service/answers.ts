import type { Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { subjectOf, type QueryDescriptor } from '@od/contracts';

const ANSWERS = Symbol('od:answers');

/**
 * Marks a handler method as the one that answers a query declared in `@od/contracts`. Its subject is bound
 * at start-up under the configured root (`bindAnswers`), never read from the environment when the module is
 * imported.
 */
export function Answers(descriptor: QueryDescriptor<unknown, unknown>): MethodDecorator {
  return (_target, _key, property) => {
    Reflect.defineMetadata(ANSWERS, descriptor, property.value as object);
    return property;
  };
}

/** Binds every `@Answers` method of these controllers to its subject under `subjectRoot`; returns the controllers. */
export function bindAnswers(subjectRoot: string, controllers: readonly Type[]): Type[] {
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const property = Object.getOwnPropertyDescriptor(prototype, key);
      const descriptor =
        property && typeof property.value === 'function'
          ? (Reflect.getMetadata(ANSWERS, property.value) as QueryDescriptor<unknown, unknown> | undefined)
          : undefined;
      if (property && descriptor) MessagePattern(subjectOf(subjectRoot, descriptor))(prototype, key, property);
    }
  }
  return [...controllers];
}
