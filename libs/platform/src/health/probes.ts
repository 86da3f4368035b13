import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { HealthProbe } from './health.module';
import { natsCredentials } from '../nats/nats-credentials';

/** A NATS probe with its own small connection, so health reflects the server, not one client's state. */
export function natsProbe(natsUrl: string, name: string): HealthProbe & { close(): Promise<void> } {
  let connection: Promise<NatsConnection> | undefined;
  return {
    key: 'nats',
    probe: async () => {
      connection ??= connect({ servers: natsUrl, name: `${name}-health`, maxReconnectAttempts: -1, ...natsCredentials(name) });
      const nc = await connection.catch((error) => {
        connection = undefined;
        throw error;
      });
      await nc.flush();
    },
    close: async () => {
      if (connection) await (await connection.catch(() => undefined))?.close();
    },
  };
}

export const NATS_PROBE = Symbol('NATS_PROBE');
export type NatsProbe = ReturnType<typeof natsProbe>;
