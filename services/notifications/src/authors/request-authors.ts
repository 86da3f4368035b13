import type { RequestLanguage, RequestSubmitted } from '@od/contracts';
import type { Pool, PoolClient } from 'pg';

export interface RequestAuthor {
  readonly requestId: string;
  readonly authorKind: string;
  readonly authorId: string;
  readonly language: RequestLanguage;
  readonly subject: string;
}

/**
 * The small table of request → author and language this service keeps (schema `notifications`), through
 * the follower's transaction.
 */
export class RequestAuthors {
  constructor(private readonly db: Pool | PoolClient) {}

  /** From the submission; a redelivered submission changes nothing. */
  async remember(submitted: RequestSubmitted['data']): Promise<void> {
    await this.db.query(
      `INSERT INTO notifications.request_authors (request_id, author_kind, author_id, language, subject) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (request_id) DO NOTHING`,
      [submitted.requestId, submitted.author.kind, submitted.author.id, submitted.language, submitted.subject],
    );
  }

  async of(requestId: string): Promise<RequestAuthor | undefined> {
    const { rows } = await this.db.query<{ author_kind: string; author_id: string; language: RequestLanguage; subject: string }>(
      'SELECT author_kind, author_id, language, subject FROM notifications.request_authors WHERE request_id = $1',
      [requestId],
    );
    const row = rows[0];
    return row && { requestId, authorKind: row.author_kind, authorId: row.author_id, language: row.language, subject: row.subject };
  }
}
