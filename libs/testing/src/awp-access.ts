import { randomUUID } from 'node:crypto';
import { DEV_ACCOUNTS } from '@od/identity';
import type { PlatformUnderTest } from './platform-processes';

/**
 * C7 through the real API: the operator records an application for a development staff account, approves
 * it and records the training, so the account may use `role` at its holder.
 */
export async function grantAwpAccess(platform: PlatformUnderTest, account: string, role: string): Promise<void> {
  const staff = DEV_ACCOUNTS[account];
  if (!staff?.od_holder || !staff.iin) throw new Error(`${account} is not a development staff account`);
  const operator = await platform.tokenFor('operator-1');
  const target = { holderId: staff.od_holder, employeeIin: staff.iin, role };
  const steps: [string, Record<string, unknown>][] = [
    ['applications', target],
    ['approvals', target],
    ['trainings', { ...target, course: 'AWP for agency staff', trainedOn: '2026-11-20' }],
  ];
  for (const [step, body] of steps) {
    const response = await fetch(`${platform.gatewayUrl}/api/awp-access/${step}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}` },
      body: JSON.stringify({ ...body, commandId: randomUUID() }),
    });
    if (response.status !== 201) throw new Error(`AWP ${step} for ${account} answered ${response.status}: ${await response.text()}`);
  }
}
