import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { fieldProblem, validationFailed } from './validation-messages/field-messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A route parameter that must be a UUID, refused like a body field: 400 `validation_failed` naming the
 * parameter and the rule (Nest's ParseUUIDPipe answers only "Validation failed (uuid is expected)").
 * Use: `@Param('requestId', UuidParamPipe) requestId: string`.
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    const field = metadata.data ?? 'param';
    throw validationFailed([fieldProblem(field, 'isUuid', 'isUuid')]);
  }
}
