/** The quoted names one store instance uses, derived once from its schema name. */
export interface SqlNames {
  readonly schemaName: string;
  readonly schema: string;
  readonly streams: string;
  readonly events: string;
  /** LISTEN/NOTIFY channel, woken by every append in this schema. */
  readonly channel: string;
}

export const DEFAULT_SCHEMA = 'event_store';

const schemaPattern = /^[a-z_][a-z0-9_]{0,47}$/;

export function sqlNames(schemaName: string = DEFAULT_SCHEMA): SqlNames {
  if (!schemaPattern.test(schemaName)) {
    throw new Error(`Event store schema "${schemaName}" must be lower-case letters, digits and _ (at most 48)`);
  }
  const schema = `"${schemaName}"`;
  return {
    schemaName,
    schema,
    streams: `${schema}."streams"`,
    events: `${schema}."events"`,
    channel: `${schemaName}_appended`,
  };
}
