// A real OpenID Connect provider (panva's oidc-provider) for the DigiD relying-party tests,
// standing in for the municipality's DigiD broker. Listens on 127.0.0.1 on a free port and
// prints one JSON line {"issuer", "driver"} on stdout when ready.
//
// Accounts: the login name is the account id. A nine-digit name is a BSN and becomes the
// "bsn" claim (and "sub"); any other name has no BSN claim.
//
// Clients (redirect URI http://127.0.0.1:8080/inloggen/digid/terug):
//   regie       client_secret_basic, ID token RS256
//   regie-post  client_secret_post,  ID token RS256
//   regie-es    client_secret_basic, ID token ES256
//
// The driver (a second loopback server) plays the browser:
//   GET /login?url=<authorization URL>&login=<name>[&acr=<level>]   -> 200, body: the
// redirect back (the full callback URL with code and state), or 502 with the reason.
// The login itself goes to /regie-login/<interaction>, which finishes the interaction with the
// DigiD level the test asks for (acr; default DigiD Substantieel), as a broker would report it.
//
// --delay-ms=N makes discovery, the keys and the token endpoint answer N ms late: a slow broker.
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const REDIRECT_URI = 'http://127.0.0.1:8080/inloggen/digid/terug';
const SECRET = 'regie-test-secret-0123456789abcdef';
const MAX_DRIVER_STEPS = 12;
// DigiD's levels as brokers name them: Basis, Midden, Substantieel, Hoog.
const DIGID_LEVELS = ['urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI'];
const SUBSTANTIEEL = DIGID_LEVELS[2];
const DELAY_MS = Number((process.argv.find((a) => a.startsWith('--delay-ms=')) || '=0').split('=')[1]) || 0;
const SLOW_PATHS = new Set(['/.well-known/openid-configuration', '/jwks', '/token']);

function signingKeys() {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return { keys: [{ ...rsa, kid: 'rsa-1', use: 'sig', alg: 'RS256' }, { ...ec, kid: 'ec-1', use: 'sig', alg: 'ES256' }] };
}

function client(id, method, alg) {
  return {
    client_id: id,
    client_secret: SECRET,
    redirect_uris: [REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: method,
    id_token_signed_response_alg: alg,
  };
}

async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server.address().port;
}

const providerServer = http.createServer();
const port = await listen(providerServer);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [client('regie', 'client_secret_basic', 'RS256'), client('regie-post', 'client_secret_post', 'RS256'),
    client('regie-es', 'client_secret_basic', 'ES256')],
  jwks: signingKeys(),
  acrValues: DIGID_LEVELS,
  scopes: ['openid', 'bsn'],
  claims: { openid: ['sub'], bsn: ['bsn'] },
  // Brokers put the BSN in the ID token itself; regie never calls userinfo.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  ttl: { AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Interaction: 300, Session: 600, Grant: 600 },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return /^\d{9}$/.test(id) ? { sub: id, bsn: id } : { sub: id };
      },
    };
  },
  // Consent is implied for the test clients, as a broker does for its municipalities.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid bsn');
    grant.addOIDCClaims(['sub', 'bsn']);
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (ctx, err) => console.error('provider server_error', err));

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const providerCallback = provider.callback();
providerServer.on('request', async (req, res) => {
  try {
    const path = new URL(req.url, issuer).pathname;
    if (DELAY_MS > 0 && SLOW_PATHS.has(path)) await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
    if (req.method === 'POST' && path.startsWith('/regie-login/')) {
      const body = new URLSearchParams(await readBody(req));
      await provider.interactionFinished(req, res,
        { login: { accountId: body.get('login'), acr: body.get('acr') || SUBSTANTIEEL } },
        { mergeWithLastSubmission: false });
      return;
    }
    providerCallback(req, res);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e && e.message));
  }
});

// ---- The browser stand-in -------------------------------------------------------------

function absolute(location) {
  return new URL(location, issuer).toString();
}

async function drive(authorizationUrl, login, acr) {
  const cookies = new Map();
  const send = async (url, init = {}) => {
    const headers = { ...(init.headers || {}), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
    return response;
  };
  let response = await send(authorizationUrl);
  for (let step = 0; step < MAX_DRIVER_STEPS; step++) {
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider answered ${response.status} without redirect: ${(await response.text()).slice(0, 300)}`);
    if (location.startsWith(REDIRECT_URI)) return location;
    const target = absolute(location);
    const interaction = new URL(target).pathname.match(/^\/interaction\/([^/]+)$/);
    if (!interaction) { response = await send(target); continue; }
    const page = await send(target);
    const html = await page.text();
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    if (html.includes('name="login"')) {
      const body = new URLSearchParams({ login, acr: acr || SUBSTANTIEEL });
      response = await send(`${issuer}/regie-login/${interaction[1]}`, { method: 'POST', body, headers: form });
    } else {
      response = await send(target, { method: 'POST', body: new URLSearchParams({ prompt: 'consent' }), headers: form });
    }
  }
  throw new Error('too many redirects');
}

const driver = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname !== '/login') { res.writeHead(404).end(); return; }
  try {
    const callback = await drive(url.searchParams.get('url'), url.searchParams.get('login'), url.searchParams.get('acr'));
    res.writeHead(200, { 'content-type': 'text/plain' }).end(callback);
  } catch (e) {
    res.writeHead(502, { 'content-type': 'text/plain' }).end(String(e && e.message));
  }
});
const driverPort = await listen(driver);

process.stdout.write(JSON.stringify({ issuer, driver: `http://127.0.0.1:${driverPort}`, secret: SECRET }) + '\n');
// The test kills us; also stop when it dies and closes our stdin.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
