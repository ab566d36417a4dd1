// A real IMAP server for the email source's tests: Dovecot from Debian's packages, started on
// loopback on free ports with its whole configuration, state and mail in a temporary folder (its
// own base_dir, a passwd-file, maildirs, a certificate made with openssl for this run), an
// OAuth2 token checker of its own, and stopped by its PID afterwards. Mail is delivered by
// writing maildir files, as a delivery agent does; `digest` hashes every message file with its
// name (which carries the flags), so a test can prove the source changed nothing.
import type { MailboxConfig } from '../../../../../main/core/mailbox/mailbox-config';
import { mailboxConfig } from '../../../../support/mailbox-config';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const testUser = 'seller@example.com';
export const testPassword = 'correct horse battery';
export const testOAuthToken = 'ya29.test-access-token';

export type Folder = 'INBOX' | 'Junk';

export interface DovecotServer {
  readonly host: string;
  /** TLS from the first byte (imaps). */
  readonly tlsPort: number;
  /** Plain IMAP that offers STARTTLS. */
  readonly starttlsPort: number;
  /** The test certificate authority (the server's self-signed certificate), PEM. */
  readonly certificate: string;
  deliver(folder: Folder, raw: string | Buffer, flags?: string): string;
  setUidValidity(folder: Folder, value: number): void;
  uidValidity(folder: Folder): number;
  /** SHA-256 over every message file's folder, name and bytes, in name order. */
  digest(): string;
  /** Message file names of a folder (with their flags after ":2,"). */
  messageFiles(folder: Folder): string[];
  stop(): Promise<void>;
}

export interface DovecotOptions {
  /** Take IDLE out of the server's capabilities, so a client must poll. */
  withoutIdle?: boolean;
}

let delivered = 0;

export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  requireBinary('dovecot', 'dovecot-imapd');
  requireBinary('openssl', 'openssl');
  const root = mkdtempSync(path.join(tmpdir(), 'flagwatch-dovecot-'));
  // Dovecot's auth and mail processes run as its own users and must reach their files here.
  chmodSync(root, 0o755);
  const mailOwner = mailOwnerIds();
  const home = path.join(root, 'home');
  const maildir = path.join(home, 'Maildir');
  for (const dir of ['run', 'state', 'home']) mkdirSync(path.join(root, dir));
  for (const sub of ['cur', 'new', 'tmp', '.Junk/cur', '.Junk/new', '.Junk/tmp'])
    mkdirSync(path.join(maildir, sub), { recursive: true });
  writeFileSync(path.join(maildir, 'subscriptions'), 'V\t2\n\nJunk\n');
  chownTree(home, mailOwner);

  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      path.join(root, 'key.pem'),
      '-out',
      path.join(root, 'cert.pem'),
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(path.join(root, 'passwd'), `${testUser}:{PLAIN}${testPassword}\n`, { mode: 0o644 });

  const introspection = await startTokenChecker();
  const introspectionPort = (introspection.address() as { port: number }).port;
  writeFileSync(
    path.join(root, 'oauth2.conf.ext'),
    [
      'introspection_mode = post',
      `introspection_url = http://127.0.0.1:${introspectionPort}/introspect`,
      'username_attribute = username',
      'active_attribute = active',
      'active_value = true',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );

  const config = path.join(root, 'dovecot.conf');
  // A free port can be taken by another test file's server before this one binds it: such a
  // master stops without writing its PID, and the server starts again on other ports.
  let started: { tlsPort: number; starttlsPort: number; pid: number } | undefined;
  for (let attempt = 1; !started; attempt++) {
    const [tlsPort, starttlsPort] = [await freePort(), await freePort()];
    writeFileSync(config, dovecotConfig({ root, tlsPort, starttlsPort, mailOwner, withoutIdle: options.withoutIdle }));
    execFileSync('dovecot', ['-c', config], { stdio: 'ignore' });
    try {
      // The master writes its PID once it listens (later on a busy machine).
      started = { tlsPort, starttlsPort, pid: await masterPid(path.join(root, 'run', 'master.pid')) };
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const { tlsPort, starttlsPort, pid } = started;
  await waitForPort(tlsPort);
  await waitForPort(starttlsPort);

  const folderDir = (folder: Folder) => (folder === 'INBOX' ? maildir : path.join(maildir, '.Junk'));
  const doveadm = (...args: string[]) =>
    execFileSync('doveadm', ['-c', config, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  return {
    host: '127.0.0.1',
    tlsPort,
    starttlsPort,
    certificate: readFileSync(path.join(root, 'cert.pem'), 'utf8'),
    deliver(folder, raw, flags = '') {
      delivered += 1;
      const bytes = typeof raw === 'string' ? Buffer.from(raw.replace(/\r?\n/g, '\r\n')) : raw;
      const name = `${1_700_000_000 + delivered}.M${delivered}P${process.pid}.flagwatch-test,S=${bytes.length}:2,${flags}`;
      const file = path.join(folderDir(folder), 'cur', name);
      writeFileSync(file, bytes);
      chownSync(file, mailOwner.uid, mailOwner.gid);
      return name;
    },
    setUidValidity(folder, value) {
      doveadm('mailbox', 'update', '--uid-validity', String(value), '-u', testUser, folder);
    },
    uidValidity(folder) {
      const out = doveadm('mailbox', 'status', '-u', testUser, 'uidvalidity', folder);
      return Number(/uidvalidity=(\d+)/.exec(out)?.[1]);
    },
    digest() {
      const hash = createHash('sha256');
      for (const folder of ['INBOX', 'Junk'] as const) {
        for (const sub of ['cur', 'new', 'tmp']) {
          const dir = path.join(folderDir(folder), sub);
          for (const name of readdirSync(dir).sort()) {
            hash.update(`${folder}/${sub}/${name}\0`);
            hash.update(readFileSync(path.join(dir, name)));
          }
        }
      }
      return hash.digest('hex');
    },
    messageFiles(folder) {
      return ['cur', 'new'].flatMap((sub) => readdirSync(path.join(folderDir(folder), sub))).sort();
    },
    async stop() {
      stopProcess(pid);
      await waitUntilGone(pid);
      await new Promise<void>((resolve) => introspection.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function dovecotConfig(options: {
  root: string;
  tlsPort: number;
  starttlsPort: number;
  mailOwner: { uid: number; gid: number; internalUser: string; loginUser: string };
  withoutIdle?: boolean;
}): string {
  const { root, tlsPort, starttlsPort, mailOwner } = options;
  return `
base_dir = ${root}/run
state_dir = ${root}/state
instance_name = flagwatch-test-${path.basename(root)}
log_path = ${root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${root}/cert.pem
ssl_key = <${root}/key.pem
default_internal_user = ${mailOwner.internalUser}
default_internal_group = ${mailOwner.internalUser}
default_login_user = ${mailOwner.loginUser}
first_valid_uid = ${mailOwner.uid}
last_valid_uid = ${mailOwner.uid}
auth_mechanisms = plain login xoauth2 oauthbearer
${options.withoutIdle ? 'imap_capability = IMAP4rev1 SASL-IR LITERAL+ ID ENABLE UNSELECT UIDPLUS SPECIAL-USE LIST-EXTENDED NAMESPACE CHILDREN' : ''}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${starttlsPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${root}/oauth2.conf.ext
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${root}/passwd
}
userdb {
  driver = static
  args = uid=${mailOwner.uid} gid=${mailOwner.gid} home=${root}/home
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
`;
}

/** Accepts exactly the test token, for the test user. */
function startTokenChecker(): Promise<Server> {
  const server = createHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const token = new URLSearchParams(body).get('token');
      const answer = token === testOAuthToken ? { active: true, username: testUser } : { active: false };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Dovecot never reads mail as root: as root, mail belongs to Dovecot's own user. */
function mailOwnerIds(): { uid: number; gid: number; internalUser: string; loginUser: string } {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) {
    const name = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
    return { uid, gid: process.getgid?.() ?? uid, internalUser: name, loginUser: name };
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g'), internalUser: 'dovecot', loginUser: 'dovenull' };
}

function chownTree(dir: string, owner: { uid: number; gid: number }): void {
  chownSync(dir, owner.uid, owner.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else chownSync(full, owner.uid, owner.gid);
  }
}

function requireBinary(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`"${command}" is missing: install the Debian package ${debianPackage} (see .ci/run).`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not listen on port ${port} within 10 s`);
}

async function masterPid(file: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : 0;
    if (pid > 0) return pid;
    if (Date.now() > deadline) throw new Error(`Dovecot wrote no PID to ${file} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopProcess(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.kill(pid, 'SIGKILL');
}

/** A mailbox on the test server over TLS, signed in with the test password; tests change what they need. */
export function mailboxOn(server: DovecotServer, overrides: Partial<MailboxConfig> = {}): MailboxConfig {
  return mailboxConfig({
    id: 'mb1',
    host: server.host,
    port: server.tlsPort,
    user: testUser,
    accountId: 'acc1',
    ...overrides,
  });
}
