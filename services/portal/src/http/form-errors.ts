import type { GatewayAnswer } from '../gateway/gateway-client';

/** What the gateway says is wrong with a command: the shape of its 400 and of a rejection (422, 409, …). */
interface ApiError {
  readonly error?: string;
  readonly message?: string;
  readonly rule?: string;
  readonly field?: string;
  readonly fields?: readonly { readonly field: string; readonly rule?: string; readonly message?: string }[];
}

/** The design system's error summary and each field's message: every error next to its field, with its rule id. */
export interface FormErrors {
  readonly summary: readonly { readonly text: string; readonly href: string }[];
  readonly byField: Readonly<Record<string, { readonly text: string }>>;
}

const withRule = (message: string, rule: string | undefined) => (rule && !message.includes(rule) ? `${message} (${rule})` : message);

/**
 * The gateway's error as the form shows it (messages come in the user's language where the platform has them:
 * the portal sends Accept-Language). `fieldIds` maps an API field to the form field's id where they differ.
 */
export function formErrorsFrom(answer: GatewayAnswer<unknown>, fallback: string, fieldIds: Readonly<Record<string, string>> = {}): FormErrors {
  const body = (answer.body ?? {}) as ApiError;
  const fields = body.fields?.length ? body.fields : body.field ? [{ field: body.field, rule: body.rule, message: body.message }] : [];
  if (fields.length === 0) return { summary: [{ text: withRule(body.message ?? fallback, body.rule ?? body.error), href: '#main-content' }], byField: {} };
  const byField: Record<string, { text: string }> = {};
  const summary = fields.map((problem) => {
    const id = fieldIds[problem.field] ?? problem.field;
    const text = withRule(problem.message ?? fallback, problem.rule);
    byField[id] ??= { text };
    return { text, href: `#${id}` };
  });
  return { summary, byField };
}
