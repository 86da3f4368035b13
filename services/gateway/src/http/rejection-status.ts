import { HttpException } from '@nestjs/common';
import type { RejectionReply } from '@od/contracts';
import type { AwpAccessRejectionCode, RequestRejectionCode } from '@od/domain';

type CommandRejectionCode = RequestRejectionCode | AwpAccessRejectionCode | 'stream_not_found' | 'concurrent_change';

/** Every rejection a service can answer, and its HTTP status: one table, checked for completeness. */
const statusByCode: Record<CommandRejectionCode, number> = {
  holder_unknown: 422,
  request_text_empty: 400,
  request_already_submitted: 409,
  awp_access_wrong_state: 409,
  awp_training_already_recorded: 409,
  reason_required: 400,
  stream_not_found: 404,
  concurrent_change: 409,
};

export function rejectionToHttp({ rejection }: RejectionReply): HttpException {
  const status = statusByCode[rejection.code as CommandRejectionCode] ?? 500;
  // A rejection about one field also comes as `fields`, the shape of a validation 400.
  const fields = rejection.field ? [{ field: rejection.field, rule: rejection.rule ?? rejection.code, message: rejection.message }] : undefined;
  return new HttpException({ error: rejection.code, message: rejection.message, rule: rejection.rule, field: rejection.field, fields }, status);
}
