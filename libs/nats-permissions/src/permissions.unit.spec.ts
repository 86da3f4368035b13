import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDED_HOLDERS } from '@od/domain';
import { natsAccounts } from './accounts';
import { renderAuthConfig } from './auth-config';
import { generateNatsAuth, renderExampleAuthConfig } from './generate-nats-auth';
import { publicKeyOfSeed } from './nkey-seeds';
import { agencyAccountName, agencyUser, EVENTS_ACCOUNT, natsUsers, PLATFORM_ACCOUNT, PLATFORM_SERVICES, serviceUser, type NatsUser } from './permissions';

const bus = { subjectRoot: 'od', streamName: 'OD_EVENTS' };

/** Does a NATS subject pattern cover the subject (token-wise; `*` one token, `>` the rest)? */
function covers(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

function mayPublish(user: NatsUser, subject: string): boolean {
  const { allow, deny } = user.permissions.publish;
  return (allow.length === 0 || allow.some((pattern) => covers(pattern, subject))) && !deny.some((pattern) => covers(pattern, subject));
}

function maySubscribe(user: NatsUser, subject: string): boolean {
  const { allow, deny } = user.permissions.subscribe;
  return (allow.length === 0 || allow.some((pattern) => covers(pattern, subject))) && !deny.some((pattern) => covers(pattern, subject));
}

describe('agency permissions', () => {
  const finance = agencyUser(bus, 'kazatomprom');

  it('subscribes to its own facts and its own inbox only', () => {
    expect(maySubscribe(finance, 'od.events.kazatomprom.request.RequestSubmitted')).toBe(true);
    expect(maySubscribe(finance, 'od.events.samruk-kazyna.request.RequestSubmitted')).toBe(false);
    expect(maySubscribe(finance, 'od.events._platform.calendar.CalendarPublished')).toBe(false);
    expect(maySubscribe(finance, 'od.events.>')).toBe(false);
    expect(maySubscribe(finance, '_INBOX_agency-kazatomprom.abc.1')).toBe(true);
    expect(maySubscribe(finance, '_INBOX.abc.1')).toBe(false);
  });

  it('publishes no fact, and creates consumers only over its own facts under its own names', () => {
    expect(mayPublish(finance, 'od.events.kazatomprom.request.RequestSubmitted')).toBe(false);
    expect(mayPublish(finance, 'JS.EVENTS.API.CONSUMER.CREATE.OD_EVENTS.agency-kazatomprom-main.od.events.kazatomprom.>')).toBe(true);
    expect(mayPublish(finance, 'JS.EVENTS.API.CONSUMER.CREATE.OD_EVENTS.agency-kazatomprom-main.od.events.samruk-kazyna.>')).toBe(false);
    expect(mayPublish(finance, 'JS.EVENTS.API.CONSUMER.CREATE.OD_EVENTS.agency-samruk-kazyna-main.od.events.kazatomprom.>')).toBe(false);
    expect(mayPublish(finance, 'JS.EVENTS.API.CONSUMER.DURABLE.CREATE.OD_EVENTS.agency-kazatomprom-main')).toBe(false);
    expect(mayPublish(finance, 'JS.EVENTS.API.STREAM.MSG.GET.OD_EVENTS')).toBe(false);
    expect(mayPublish(finance, '$JS.API.CONSUMER.INFO.OD_EVENTS.agency-kazatomprom-main')).toBe(false);
    expect(mayPublish(finance, '$JS.ACK.OD_EVENTS.agency-kazatomprom-main.1.2.3.4.5')).toBe(true);
    expect(mayPublish(finance, '$JS.ACK.OD_EVENTS.read-models.1.2.3.4.5')).toBe(false);
  });

  it('refuses a holder id that is not one subject token, or the platform segment', () => {
    expect(() => agencyUser(bus, 'ministry.of.finance')).toThrow('not a valid NATS subject token');
    expect(() => agencyUser(bus, '>')).toThrow('not a valid NATS subject token');
    expect(() => agencyUser(bus, '_platform')).toThrow('reserved for platform facts');
  });
});

describe('accounts', () => {
  const users = natsUsers({ bus, holderIds: ['kazatomprom', 'samruk-kazyna'] });
  const accounts = natsAccounts(bus, users);
  const named = (name: string) => accounts.find((account) => account.name === name)!;

  it('puts the relay alone with the events stream: no other user has any path into its subjects', () => {
    expect(named(EVENTS_ACCOUNT).users.map((user) => user.name)).toEqual(['service-relay']);
    expect(accounts.filter((account) => account.jetstream).map((account) => account.name)).toEqual([EVENTS_ACCOUNT]);
    expect(named(PLATFORM_ACCOUNT).users.map((user) => user.name)).not.toContain('service-relay');
  });

  it('gives each agency an account of its own, importing only its own facts and consumers', () => {
    const finance = named(agencyAccountName('kazatomprom'));
    expect(finance.users.map((user) => user.name)).toEqual(['agency-kazatomprom']);
    expect(finance.streamImports).toEqual([{ account: EVENTS_ACCOUNT, subject: 'od.events.kazatomprom.>' }]);
    expect(finance.serviceImports.every((each) => /agency-kazatomprom-(main|replay)/.test(each.subject))).toBe(true);
    const exportsToFinance = named(EVENTS_ACCOUNT).serviceExports.filter((each) => each.accounts.includes(finance.name));
    expect(exportsToFinance.every((each) => each.accounts.length === 1 && each.subject.includes('agency-kazatomprom-'))).toBe(true);
  });

  it("imports the stream's API under the prefix, so an account without JetStream does not answer it itself", () => {
    const platform = named(PLATFORM_ACCOUNT);
    expect(platform.serviceImports).toContainEqual({
      account: EVENTS_ACCOUNT,
      subject: '$JS.API.CONSUMER.MSG.NEXT.OD_EVENTS.read-models',
      to: 'JS.EVENTS.API.CONSUMER.MSG.NEXT.OD_EVENTS.read-models',
    });
    expect(named(EVENTS_ACCOUNT).serviceExports).toContainEqual({
      subject: '$JS.API.CONSUMER.MSG.NEXT.OD_EVENTS.read-models',
      accounts: [PLATFORM_ACCOUNT],
      responseType: 'stream',
    });
  });

  it('refuses two holder ids that would name the same account', () => {
    expect(() => natsAccounts(bus, natsUsers({ bus, holderIds: ['a-b', 'a_b'] }))).toThrow('would share the account');
  });
});

describe('service permissions', () => {
  it('only the relay publishes facts', () => {
    const users = natsUsers({ bus, holderIds: SEEDED_HOLDERS.map((holder) => holder.id) });
    expect(users.filter((user) => mayPublish(user, 'od.events.kazatomprom.request.RequestSubmitted')).map((user) => user.name)).toEqual(['service-relay']);
  });

  it('gives each its own inbox, and intake nothing to publish but replies', () => {
    const users = PLATFORM_SERVICES.map((name) => serviceUser(bus, name));
    expect(new Set(users.map((user) => user.inboxPrefix)).size).toBe(users.length);
    const intake = serviceUser(bus, 'intake');
    expect(intake.permissions.publish).toEqual({ allow: [], deny: ['>'] });
    expect(intake.permissions.allowResponses).toBe(true);
    expect(maySubscribe(intake, 'od.commands.intake.submit-request')).toBe(true);
    expect(maySubscribe(intake, 'od.commands.moderation.accept-request')).toBe(false);
  });

  it('lets the gateway ask every service and read nothing on the bus', () => {
    const gateway = serviceUser(bus, 'gateway');
    expect(mayPublish(gateway, 'od.commands.intake.submit-request')).toBe(true);
    expect(mayPublish(gateway, 'od.queries.projections.request-by-id')).toBe(true);
    expect(maySubscribe(gateway, 'od.events.kazatomprom.request.RequestSubmitted')).toBe(false);
    expect(mayPublish(gateway, '$JS.API.INFO')).toBe(false);
  });
});

describe('the generated config', () => {
  const holderIds = SEEDED_HOLDERS.map((holder) => holder.id);

  it('is the same for the same registry, whatever order the holders come in', () => {
    const keys = (user: NatsUser) => `U-${user.name}`;
    const forward = renderAuthConfig({ accounts: natsAccounts(bus, natsUsers({ bus, holderIds })), publicKeyOf: keys });
    const backward = renderAuthConfig({ accounts: natsAccounts(bus, natsUsers({ bus, holderIds: [...holderIds].reverse() })), publicKeyOf: keys });
    expect(backward).toBe(forward);
    expect(forward).toContain('"$JS.API.CONSUMER.CREATE.OD_EVENTS.agency-kazakhstan-temir-zholy-main.od.events.kazakhstan-temir-zholy.>"');
  });

  it('matches the committed example (infra/nats/auth.example.conf)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../infra/nats/auth.example.conf'), 'utf8');
    expect(committed).toBe(renderExampleAuthConfig({ bus }, {}));
  });

  describe('on a machine', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'od-nats-seeds-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('keeps every seed it has and makes one only for a new holder', () => {
      const first = generateNatsAuth({ cwd: dir, bus, holderIds: ['kazatomprom'], services: ['relay'] });
      expect(first.createdSeeds).toEqual(['agency-kazatomprom', 'service-relay', 'tool-developer']);
      const seedFile = path.join(dir, '.data', 'nats', 'seeds', 'agency-kazatomprom.nk');
      const financeSeed = readFileSync(seedFile, 'utf8').trim();
      expect(statSync(seedFile).mode & 0o777).toBe(0o600);

      const second = generateNatsAuth({ cwd: dir, bus, holderIds: ['kazatomprom', 'samruk-kazyna'], services: ['relay'] });
      expect(second.createdSeeds).toEqual(['agency-samruk-kazyna']);
      expect(readFileSync(seedFile, 'utf8').trim()).toBe(financeSeed);
      const conf = readFileSync(second.out, 'utf8');
      expect(conf).toContain(`nkey: "${publicKeyOfSeed(financeSeed)}"`);
      expect(conf).not.toMatch(/SU[A-Z2-7]{50,}/);
    });

    it('refuses a seed file that holds no seed, rather than replace it', () => {
      generateNatsAuth({ cwd: dir, bus, holderIds: ['kazatomprom'], services: [] });
      const seedFile = path.join(dir, '.data', 'nats', 'seeds', 'agency-kazatomprom.nk');
      writeFileSync(seedFile, 'not a seed\n');
      expect(() => generateNatsAuth({ cwd: dir, bus, holderIds: ['kazatomprom'], services: [] })).toThrow('does not hold an nkey user seed');
    });
  });
});
