// The development identity provider: `npm start` runs it; production uses the national e-gov IdP.
import path from 'node:path';
import { httpHost, httpPortSetting, integerSetting } from '@od/platform';
import { clientsFromSetting } from './clients';
import { identityProvider } from './identity-provider';
import { productionRefusal } from './production-guard';
import { loadOrCreateSigningKey } from './signing-key';

const refusal = productionRefusal(process.env);
if (refusal) {
  console.error(JSON.stringify({ level: 60, name: 'identity-dev', msg: refusal }));
  process.exit(1);
}

let clients;
try {
  clients = clientsFromSetting(process.env.IDENTITY_DEV_CLIENTS);
} catch (error) {
  console.error(JSON.stringify({ level: 60, name: 'identity-dev', msg: (error as Error).message }));
  process.exit(1);
}

const port = httpPortSetting('identity-dev', 3190);
// Loopback unless configured (IDENTITY_DEV_HTTP_HOST or HTTP_HOST): nobody else on the network may mint tokens.
const host = httpHost('identity-dev');
const issuer = process.env.AUTH_ISSUER ?? `http://127.0.0.1:${port}`;
const key = await loadOrCreateSigningKey(process.env.IDENTITY_DEV_KEY_FILE ?? path.join('.data', 'identity-dev', 'signing-key.json'));
const server = identityProvider({
  issuer,
  audience: process.env.AUTH_AUDIENCE ?? 'open-dialogue',
  tokenTtlSeconds: integerSetting(process.env, 'IDENTITY_DEV_TOKEN_TTL', 3600),
  key,
  clients,
  codeTtlSeconds: integerSetting(process.env, 'IDENTITY_DEV_CODE_TTL', 60, { max: 600 }),
});
server.listen(port, host, () =>
  console.log(
    JSON.stringify({ level: 30, name: 'identity-dev', msg: `development identity provider at ${issuer} (GET /accounts, POST /token, GET /authorize)` }),
  ),
);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
