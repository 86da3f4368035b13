import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, Matches, validateSync } from 'class-validator';

/** The environment variables every service reads, and the rule each must meet. */
export class PlatformEnvironment {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^(nats|tls):\/\/[^\s,]+(,\s*(nats|tls):\/\/[^\s,]+)*$/, { message: 'NATS_URL must be one or more nats:// URLs, comma-separated' })
  NATS_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'NATS_SUBJECT_ROOT must be one subject token (letters, digits, _ and -)' })
  NATS_SUBJECT_ROOT?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'NATS_EVENTS_STREAM must be a JetStream stream name (letters, digits, _ and -)' })
  NATS_EVENTS_STREAM?: string;

  @IsOptional()
  @IsIn(['on', 'off'], { message: 'EVENT_STORE_NOTIFY must be on or off' })
  EVENT_STORE_NOTIFY?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;
}

/** Refuses to start with a malformed setting, naming each variable and its rule. */
export function validatePlatformEnvironment(env: Record<string, unknown>): Record<string, unknown> {
  const errors = validateSync(plainToInstance(PlatformEnvironment, env), { skipMissingProperties: false });
  if (errors.length > 0) {
    const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
  return env;
}
