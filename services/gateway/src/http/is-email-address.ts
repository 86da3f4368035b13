import { isEmail, registerDecorator, type ValidationOptions } from 'class-validator';
import { textProblem } from './is-safe-text';

/**
 * An e-mail address. class-validator's `isEmail` throws (URIError) on a lone surrogate instead of saying
 * no, which would answer a 400 about the URL; text that is not sound Unicode is simply not an address.
 */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEmail',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an e-mail address`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && textProblem(value) === undefined && isEmail(value) },
    });
}
