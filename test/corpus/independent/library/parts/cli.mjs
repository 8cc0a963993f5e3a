// CLI tool (Node/TypeScript): config loader and CI release helper script.
export default function cli({ t, S, R, P }) {
  const akid = S.akid();
  const awsSecret = S.awsSecret();
  const npmTok = S.npm();
  const files = [];

  files.push({ path: 'shipit-cli/src/config/loader.ts', text: t`
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse as parseToml } from 'smol-toml';

const run = promisify(execFile);

@@N:env-var-name|export const TOKEN_ENV = 'SHIPIT_TOKEN';
@@N:env-var-name|export const REGISTRY_TOKEN_ENV = 'SHIPIT_REGISTRY_TOKEN';
export const CONFIG_ENV = 'SHIPIT_CONFIG';
@@N:config-key-name|const KEYCHAIN_SERVICE = 'shipit-cli';
@@N:config-key-name|const KEYCHAIN_ACCOUNT = 'api-token';

/** Shape of ~/.config/shipit/config.toml */
export interface ShipitConfig {
  endpoint: string;
  project?: string;
@@N:type-definition|  token?: string;
  registry?: {
    url: string;
@@N:type-definition|    token?: string;
  };
  profiles: Record<string, Partial<ShipitConfig>>;
}

@@N:type-definition|export type TokenSource = 'flag' | 'env' | 'keychain' | 'config-file' | 'none';

export interface ResolvedToken {
@@N:type-definition|  value: string | undefined;
  source: TokenSource;
}

const DEFAULTS: ShipitConfig = {
  endpoint: 'https://api.shipit.dev',
  profiles: {},
};

export function configPath(): string {
  return process.env[CONFIG_ENV] ?? join(homedir(), '.config', 'shipit', 'config.toml');
}

export async function loadConfig(profile?: string): Promise<ShipitConfig> {
  let fileCfg: Partial<ShipitConfig> = {};
  try {
    fileCfg = parseToml(await readFile(configPath(), 'utf8')) as Partial<ShipitConfig>;
  } catch (err: any) {
    if (err.code !== 'ENOENT') throw new Error(\`could not parse \${configPath()}: \${err.message}\`);
  }
  const merged = { ...DEFAULTS, ...fileCfg };
  if (profile) {
    const p = merged.profiles?.[profile];
    if (!p) throw new Error(\`unknown profile "\${profile}"\`);
    Object.assign(merged, p);
  }
  return merged;
}

async function readKeychain(): Promise<string | undefined> {
  try {
    if (process.platform === 'darwin') {
@@N:keychain-read|      const { stdout } = await run('security', ['find-generic-password', '-s', KEYCHAIN_SERVICE, '-a', KEYCHAIN_ACCOUNT, '-w']);
      return stdout.trim() || undefined;
    }
    if (process.platform === 'linux') {
@@N:keychain-read|      const { stdout } = await run('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', KEYCHAIN_ACCOUNT]);
      return stdout.trim() || undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Resolution order: --token flag, SHIPIT_TOKEN, OS keychain, config file. */
export async function resolveToken(flag: string | undefined, cfg: ShipitConfig): Promise<ResolvedToken> {
  if (flag) return { value: flag, source: 'flag' };
@@N:env-read|  const fromEnv = process.env[TOKEN_ENV];
  if (fromEnv) return { value: fromEnv, source: 'env' };
  const fromKeychain = await readKeychain();
  if (fromKeychain) return { value: fromKeychain, source: 'keychain' };
@@N:variable-assignment|  if (cfg.token) return { value: cfg.token, source: 'config-file' };
  return { value: undefined, source: 'none' };
}

@@N:regex|const TOKEN_FORMAT = /^shp_(live|ci)_[A-Za-z0-9]{40}$/;

export function assertTokenFormat(token: string): void {
  if (!TOKEN_FORMAT.test(token)) {
@@N:error-string|    throw new Error('SHIPIT_TOKEN is malformed: expected shp_live_ or shp_ci_ followed by 40 characters');
  }
}

export function describeSource(t: ResolvedToken): string {
  return t.source === 'none' ? 'not logged in (run \`shipit login\`)' : \`using token from \${t.source}\`;
}
` });

  files.push({ path: 'shipit-cli/scripts/ci/release.sh', text: t`
#!/usr/bin/env bash
# Release helper used by the nightly pipeline and by maintainers cutting a release locally.
#   ./scripts/ci/release.sh [--dry-run] <version>
set -euo pipefail

DRY_RUN=0
if [[ "\${1:-}" == "--dry-run" ]]; then
  DRY_RUN=1
  shift
fi
VERSION="\${1:?usage: release.sh [--dry-run] <version>}"
ROOT="$(cd "$(dirname "\${BASH_SOURCE[0]}")/../.." && pwd)"
DIST="$ROOT/dist"
BUCKET="s3://shipit-releases"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[a-z0-9.]+)?$ ]] || die "invalid version: $VERSION"

# Release bucket credentials (uploader IAM user)
@@S:aws-access-key-id#ci-script|export AWS_ACCESS_KEY_ID="\${AWS_ACCESS_KEY_ID:-${akid}}"
@@S:aws-secret-access-key#ci-script|export AWS_SECRET_ACCESS_KEY="\${AWS_SECRET_ACCESS_KEY:-${awsSecret}}"
export AWS_DEFAULT_REGION="us-east-1"

@@N:template-interpolation|: "\${GITHUB_TOKEN:?GITHUB_TOKEN must be set to create the release}"

log "building $VERSION"
cd "$ROOT"
npm ci --no-audit --no-fund
npm version "$VERSION" --no-git-tag-version --allow-same-version
npm run build
npm pack --pack-destination "$DIST"

TARBALL="$DIST/shipit-cli-$VERSION.tgz"
[[ -f "$TARBALL" ]] || die "missing $TARBALL"
SHA=$(sha256sum "$TARBALL" | cut -d' ' -f1)
log "sha256 $SHA"

for target in linux-x64 linux-arm64 darwin-x64 darwin-arm64 win-x64; do
  log "packaging binary for $target"
  npx --yes pkg "$DIST/index.js" --target "node20-$target" --output "$DIST/shipit-$target"
done

if [[ $DRY_RUN -eq 1 ]]; then
  log "dry run: skipping upload and publish"
  ls -lh "$DIST"
  exit 0
fi

log "uploading to $BUCKET/$VERSION/"
aws s3 cp "$DIST/" "$BUCKET/$VERSION/" --recursive --exclude "*" --include "shipit-*" --include "*.tgz"
aws sts get-caller-identity --query Arn --output text

log "publishing to npm"
@@S:npm-token#ci-script|echo "//registry.npmjs.org/:_authToken=${npmTok}" > "$ROOT/.npmrc"
npm publish "$TARBALL" --access public
rm -f "$ROOT/.npmrc"

log "creating GitHub release v$VERSION"
@@N:header-name|curl -fsSL -X POST -H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/shipit-dev/shipit-cli/releases" \
  -d "{\"tag_name\":\"v$VERSION\",\"name\":\"v$VERSION\",\"generate_release_notes\":true}"

log "notifying #releases"
@@N:template-interpolation|curl -fsS -X POST "$SLACK_RELEASES_WEBHOOK" -H 'Content-type: application/json' \
  -d "{\"text\":\"shipit-cli $VERSION released (sha256 $SHA)\"}"

log "done"
` });
  return files;
}
