import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '@od/platform';

const OTHER_HOLDER_MESSAGES = {
  kk: 'Ақпаратқа қол жеткізу жөніндегі қызметкер тек өз ұйымының есебімен жұмыс істей алады',
  ru: 'Ответственный за доступ к информации работает только с отчётом своего обладателя информации',
  en: 'An access-to-information officer may make and read only the report of their own holder',
} as const;

/**
 * B4: the ministry may report on any holders; a holder's officer on their own holder alone (the access policy
 * has already checked the role and the active AWP role).
 */
export function assertMayReportOn(user: AuthenticatedUser, holderIds: readonly string[]): void {
  if (user.role === 'ministry') return;
  if (user.holderId !== undefined && holderIds.length === 1 && holderIds[0] === user.holderId) return;
  throw new ForbiddenException({
    error: 'report_holders_not_allowed',
    rule: 'B4',
    field: 'holderIds',
    message: OTHER_HOLDER_MESSAGES[user.locale] ?? OTHER_HOLDER_MESSAGES.en,
    messages: OTHER_HOLDER_MESSAGES,
  });
}
