import { Client } from 'pg';
import type { Logger } from 'pino';
import { sleep } from '../publishing/backoff';
import { LEADERSHIP_LOCK_NAMESPACE } from './advisory-locks';

export interface LeadershipLockOptions {
  readonly connectionString: string;
  readonly relayName: string;
  readonly logger: Logger;
  /** How often a standby tries to take over. */
  readonly retryMs?: number;
  /** How often the leader checks its lock connection is alive. */
  readonly heartbeatMs?: number;
}

/**
 * Only one relay publishes per relay name: the one holding a session-level advisory lock on a
 * connection of its own. PostgreSQL releases the lock when that session ends (crash, kill -9, network
 * loss), and a standby polling `pg_try_advisory_lock` takes over. Losing the connection means losing
 * the lock, so `lost` rejects and the relay must stop publishing at once.
 */
export class LeadershipLock {
  private client: Client | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private releasing = false;
  private rejectLost: (error: Error) => void = () => undefined;
  /** Rejects when the lock is lost after `acquire`; never resolves. */
  readonly lost: Promise<never>;

  constructor(private readonly options: LeadershipLockOptions) {
    this.lost = new Promise<never>((_, reject) => (this.rejectLost = reject));
    this.lost.catch(() => undefined);
  }

  /** Waits as a hot standby until the lock is ours. Returns false when `signal` aborts first. */
  async acquire(signal: AbortSignal): Promise<boolean> {
    const { relayName, logger } = this.options;
    let announced = false;
    while (!signal.aborted) {
      const client = await this.connect();
      try {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [
          LEADERSHIP_LOCK_NAMESPACE,
          relayName,
        ]);
        if (rows[0].locked) {
          this.startHeartbeat(client);
          logger.info({ relayName }, 'leadership lock taken: this relay publishes');
          return true;
        }
      } catch (error) {
        logger.warn({ err: error }, 'leadership lock attempt failed; retrying');
        this.drop();
      }
      if (!announced) {
        logger.info({ relayName }, 'another relay holds the leadership lock: standing by');
        announced = true;
      }
      await sleep(this.options.retryMs ?? 1_000, signal);
    }
    return false;
  }

  async release(): Promise<void> {
    this.releasing = true;
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: `od-relay-lock:${this.options.relayName}`,
      keepAlive: true,
    });
    client.on('error', (error) => this.onConnectionLost(error));
    client.on('end', () => this.onConnectionLost(new Error('leadership lock connection closed')));
    await client.connect();
    this.client = client;
    return client;
  }

  private startHeartbeat(client: Client): void {
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => this.onConnectionLost(error));
    }, this.options.heartbeatMs ?? 5_000);
    this.heartbeat.unref();
  }

  private held(): boolean {
    return this.heartbeat !== undefined;
  }

  private onConnectionLost(error: Error): void {
    if (this.releasing) return;
    if (this.held()) {
      clearInterval(this.heartbeat);
      this.rejectLost(new Error(`leadership lock lost: ${error.message}`));
    }
    this.drop();
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    client?.end().catch(() => undefined);
  }
}
