import type { NatsAccount } from './accounts';
import type { NatsUser, SubjectPermission } from './permissions';

/**
 * The `accounts { ... }` block of a nats-server configuration, for `include` from the server's main file:
 * each account with its users, exports and imports (`accounts.ts`). Every user authenticates with an
 * nkey: the config holds only its public key, and no user may sign in without one. Pure and
 * deterministic: the same accounts and keys give the same bytes.
 */

export interface AuthConfigInput {
  readonly accounts: readonly NatsAccount[];
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
  if (permission.allow.length === 0 && permission.deny.length === 0)
    throw new Error(`${kind} permissions need an allow or a deny list: none would mean everything`);
  return [`        ${kind}: {`, ...listLines('allow', permission.allow), ...listLines('deny', permission.deny), '        }'];
}

/** Indented for a user inside an account's `users` list. */
function userLines(user: NatsUser, publicKey: string): string[] {
  const indent = (line: string) => `  ${line}`;
  return [
    `      # ${user.name} (${user.kind}): connect with inboxPrefix ${quoted(user.inboxPrefix)}` +
      (user.consumers.length > 0 ? `; consumers ${user.consumers.join(', ')}` : ''),
    '      {',
    `        nkey: ${quoted(publicKey)}`,
    '        permissions: {',
    ...permissionLines('publish', user.permissions.publish).map(indent),
    ...permissionLines('subscribe', user.permissions.subscribe).map(indent),
    ...(user.permissions.allowResponses ? ['          allow_responses: true'] : []),
    '        }',
    '      }',
  ];
}

function accountLines(account: NatsAccount, publicKeyOf: (user: NatsUser) => string): string[] {
  const exports = [
    ...account.serviceExports.map(
      (each) =>
        `{ service: ${quoted(each.subject)}, accounts: [${each.accounts.map(quoted).join(', ')}]${each.responseType ? `, response_type: ${each.responseType}` : ''} }`,
    ),
    ...account.streamExports.map((each) => `{ stream: ${quoted(each.subject)}, accounts: [${each.accounts.map(quoted).join(', ')}] }`),
  ];
  const imports = [
    ...account.serviceImports.map(
      (each) => `{ service: { account: ${quoted(each.account)}, subject: ${quoted(each.subject)} }${each.to ? `, to: ${quoted(each.to)}` : ''} }`,
    ),
    ...account.streamImports.map((each) => `{ stream: { account: ${quoted(each.account)}, subject: ${quoted(each.subject)} } }`),
  ];
  const block = (key: string, items: string[]) =>
    items.length === 0 ? [] : [`    ${key}: [`, ...items.map((item, index) => `      ${item}${index < items.length - 1 ? ',' : ''}`), '    ]'];
  return [
    `  ${quoted(account.name)}: {`,
    ...(account.jetstream ? ['    jetstream: enabled'] : []),
    '    users: [',
    ...account.users.flatMap((user) => userLines(user, publicKeyOf(user))),
    '    ]',
    ...block('exports', exports),
    ...block('imports', imports),
    '  }',
  ];
}

export function renderAuthConfig(input: AuthConfigInput): string {
  const lines: string[] = [...(input.header ?? []).map((line) => `# ${line}`.trimEnd())];
  if (lines.length > 0) lines.push('');
  lines.push('accounts {');
  for (const account of input.accounts) lines.push(...accountLines(account, input.publicKeyOf));
  lines.push('}', '');
  return lines.join('\n');
}
