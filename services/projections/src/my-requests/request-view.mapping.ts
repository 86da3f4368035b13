import type { RequestLanguage, RequestView } from '@od/contracts';
import type { RequestViewEntity } from './request-view.entity';

export function toRequestView(view: RequestViewEntity): RequestView {
  return {
    requestId: view.requestId,
    holderId: view.holderId,
    author: { kind: view.authorKind, id: view.authorId },
    subject: view.subject,
    text: view.text,
    language: view.language as RequestLanguage,
    status: view.status,
    submittedAt: view.submittedAt.toISOString(),
    position: view.position,
  };
}
