import { Injectable, NotFoundException, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { findSeededHolder } from '@od/domain';
import { fieldProblem, validationFailed } from '../http/validation-messages/field-messages';

const HOLDER_ID = /^[a-z0-9-]{1,80}$/;

/** A `:holderId` route parameter of the form of a holder id: 400 when malformed (naming it); whether it is known is the read's answer. */
@Injectable()
export class HolderIdFormatPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'holderId';
    if (typeof value !== 'string' || !HOLDER_ID.test(value)) {
      throw validationFailed([fieldProblem(field, 'isHolderId', 'matches.holderId')]);
    }
    return value;
  }
}

/** A `:holderId` route parameter: 400 when malformed (naming it), 404 when no such holder is known. */
@Injectable()
export class HolderIdParamPipe extends HolderIdFormatPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): string {
    const holderId = super.transform(value, metadata);
    if (!findSeededHolder(holderId)) throw holderNotFound(holderId);
    return holderId;
  }
}

export const holderNotFound = (holderId: string) => new NotFoundException({ error: 'holder_not_found', message: `No information holder ${holderId} is known` });
