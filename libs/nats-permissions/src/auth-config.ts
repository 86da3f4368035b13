import type { NatsUser, SubjectPermission } from './permissions';

/**
 * The `authorization { users = [...] }` block of a nats-server configuration, for `include` from the
 * server's main file. Every user authenticates with an nkey: the config holds only its public key.
 * Pure and deterministic: the same users and keys give the same bytes.
 */

export interface AuthConfigInput {
  readonly users: readonly NatsUser[];
  /** The public nkey (`U…`) of each user, by user name. */
  readonly publicKeyOf: (user: NatsUser) => string;
  /** Lines for the header comment (what generated the file, from what). */
  readonly header?: readonly string[];
}

/** NATS config strings in double quotes: `$JS…` unquoted would be read as a variable reference. */
function quoted(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} into a NATS config`);
  return `"${value}"`;
}

/** One subject a line, so a change of permissions reads as a diff of lines. */
function listLines(key: 'allow' | 'deny', values: readonly string[]): string[] {
  if (values.length === 0) return [];
  if (values.length === 1) return [`          ${key}: [${quoted(values[0])}]`];
  return [`          ${key}: [`, ...values.map((value, index) => `            ${quoted(value)}${index < values.length - 1 ? ',' : ''}`), '          ]'];
}

function permissionLines(kind: 'publish' | 'subscribe', permission: SubjectPermission): string[] {
  if (permission.allow.length === 0 && permission.deny.length === 0) throw new Error(`${kind} permissions need an allow or a deny list: none would mean everything`);
  return [`        ${kind}: {`, ...listLines('allow', permission.allow), ...listLines('deny', permission.deny), '        }'];
}

export function renderAuthConfig(input: AuthConfigInput): string {
  const lines: string[] = [...(input.header ?? []).map((line) => `# ${line}`.trimEnd())];
  if (lines.length > 0) lines.push('');
  lines.push('authorization {', '  users = [');
  for (const user of input.users) {
    const publicKey = input.publicKeyOf(user);
    lines.push(
      `    # ${user.name} (${user.kind}): connect with inboxPrefix ${quoted(user.inboxPrefix)}` +
        (user.consumers.length > 0 ? `; consumers ${user.consumers.join(', ')}` : ''),
      '    {',
      `      nkey: ${quoted(publicKey)}`,
      '      permissions: {',
      ...permissionLines('publish', user.permissions.publish),
      ...permissionLines('subscribe', user.permissions.subscribe),
      ...(user.permissions.allowResponses ? ['        allow_responses: true'] : []),
      '      }',
      '    }',
    );
  }
  lines.push('  ]', '}', '');
  return lines.join('\n');
}
