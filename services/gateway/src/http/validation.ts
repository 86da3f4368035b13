import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

function problems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // A key that is the empty string is named `""`, so every problem names a field a client can find.
    const property = error.property === '' ? '""' : error.property;
    const field = parent ? `${parent}.${property}` : property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/** 400 naming each field and the rule it broke; unknown fields are refused too. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => new BadRequestException({ error: 'validation_failed', message: 'The request has invalid fields', fields: problems(errors) }),
});
