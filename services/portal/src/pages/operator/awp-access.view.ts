import type { AwpAccessListItem, AwpAccessListReply } from '@od/contracts';
import type { Request } from 'express';
import type { FormErrors } from '../../http/form-errors';
import { fieldErrorsOf, newCommandId } from './operator-gateway';

/** One employee's access at one holder in one role: the key of every AWP command and of the manage page. */
export interface AccessKey {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: string;
}

export const manageHref = (key: AccessKey) => `/operator/awp-access/manage?${new URLSearchParams({ ...key }).toString()}`;

/** A row of the register as the operator reads it: the status and the role in words, a link to act on it. */
function row(request: Request, item: AwpAccessListItem) {
  return {
    ...item,
    roleText: request.t(`operator.role.${item.role}`),
    statusText: request.t(`operator.status.${item.status}`),
    statusColour: item.active ? 'green' : item.status === 'applied' ? 'yellow' : item.status === 'approved' ? 'blue' : 'grey',
    href: manageHref(item),
  };
}

export function accessListView(request: Request, reply: AwpAccessListReply | null, nextHref: string | null) {
  const rows = reply?.items.map((item) => row(request, item)) ?? null;
  return {
    pageTitle: request.t('operator.access.title'),
    waiting: rows?.filter((item) => item.status === 'applied') ?? null,
    rows,
    total: reply?.total ?? 0,
    nextHref,
  };
}

/** What may be done now (C7): approve or deny an application, record training before access is active, revoke. */
export function accessActions(item: AwpAccessListItem | null) {
  const status = item?.status ?? 'none';
  return {
    approve: status === 'applied',
    deny: status === 'applied',
    train: (status === 'applied' || status === 'approved') && !item?.trained,
    revoke: status === 'applied' || status === 'approved',
  };
}

/** The manage page: the access as it stands, the forms open to the operator now, and the API's errors for the form sent. */
export function manageView(
  request: Request,
  key: AccessKey,
  item: AwpAccessListItem | null,
  form: { readonly errors?: FormErrors; readonly values?: Record<string, string>; readonly done?: string } = {},
) {
  return {
    pageTitle: request.t('operator.manage.title'),
    key,
    access: item ? row(request, item) : null,
    actions: accessActions(item),
    commandIds: { approve: newCommandId(), deny: newCommandId(), train: newCommandId(), revoke: newCommandId() },
    errors: form.errors ?? null,
    fieldErrors: fieldErrorsOf(request, form.errors),
    values: form.values ?? {},
    done: form.done && ['approved', 'denied', 'trained', 'revoked'].includes(form.done) ? request.t(`operator.done.${form.done}`) : null,
  };
}
