import { BadRequestException, Injectable, NotFoundException, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findSeededHolder } from '@od/domain';

const HOLDER_ID = /^[a-z0-9-]{1,80}$/;

/** A `:holderId` route parameter: 400 when malformed (naming it), 404 when no such holder is known. */
@Injectable()
export class HolderIdParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'holderId';
    if (typeof value !== 'string' || !HOLDER_ID.test(value)) {
      throw new BadRequestException({
        error: 'validation_failed',
        message: 'The request has invalid fields',
        fields: [{ field, rule: 'isHolderId', message: `${field} must be a holder id such as "kazatomprom"` }],
      });
    }
    if (!findSeededHolder(value)) throw new NotFoundException({ error: 'holder_not_found', message: `No information holder ${value} is known` });
    return value;
  }
}
