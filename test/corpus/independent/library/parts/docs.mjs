// Project docs: CONTRIBUTING guide for the CLI tool.
export default function docs({ t, S, R, P }) {
  const fine = S.ghFine();
  const commit = R.rs('0123456789abcdef', 40);
  const files = [];

  files.push({ path: 'shipit-cli/CONTRIBUTING.md', text: t`
# Contributing to shipit-cli

Thanks for taking the time to contribute! This document explains how to set up
a development environment, run the tests and get a change merged.

## Code of conduct

This project follows the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).
By participating you agree to uphold it.

## Development setup

Requirements: Node.js 20+, npm 10+, and (for the release tooling) the AWS CLI v2.

\`\`\`sh
git clone https://github.com/shipit-dev/shipit-cli.git
cd shipit-cli
npm ci
npm run build
./bin/shipit --version
\`\`\`

## Configuration for local runs

The CLI reads its token from, in order: the \`--token\` flag, the
\`SHIPIT_TOKEN\` environment variable, the OS keychain, and finally
\`~/.config/shipit/config.toml\`.

@@N:format-doc|Tokens look like \`shp_live_\` or \`shp_ci_\` followed by 40 alphanumeric characters.
Create a sandbox token at https://app.shipit.dev/settings/tokens and export it:

\`\`\`sh
@@N:placeholder|export SHIPIT_TOKEN=shp_ci_<your-sandbox-token>
\`\`\`

Or store it in the keychain with \`shipit login\` (macOS / libsecret).

## Running tests

\`\`\`sh
npm test              # unit tests, no network
npm run test:e2e      # spins up the mock API on :4010
\`\`\`

The integration suite creates draft GitHub releases in the
\`shipit-dev/sandbox\` repository. It needs a GitHub token with
\`contents:write\` on that repository. The team shares one for this:

\`\`\`sh
@@S:github-fine-grained-pat#docs|GITHUB_TOKEN=${fine} npm run test:integration
\`\`\`

If you are not on the team, use your own fork and token:

\`\`\`sh
@@N:env-read|GITHUB_TOKEN="$(gh auth token)" SHIPIT_SANDBOX_REPO=you/sandbox npm run test:integration
\`\`\`

Mock API fixtures live in \`test/fixtures/api/\`. Tokens in there are fake and
@@N:format-doc|use the \`shp_ci_FAKE\` prefix, for example \`shp_ci_FAKE000000000000000000000000000000000\`.

## Commit messages

We use [Conventional Commits](https://www.conventionalcommits.org/):

\`\`\`
feat(deploy): support --wait-for-healthy
fix(config): do not crash on empty profile table
docs: clarify keychain behaviour on Linux
\`\`\`

Reference issues in the footer (\`Fixes #123\`). When reverting, quote the hash
@@N:hash|of the reverted commit, e.g. \`Revert "feat: parallel uploads"\` / \`This reverts commit ${commit}.\`

## Pull requests

1. Fork and create a branch from \`main\`.
2. Add tests for your change. \`npm run lint && npm test\` must pass.
3. Update \`CHANGELOG.md\` under **Unreleased**.
4. Open the PR; a maintainer will review within a few days.

Never include real credentials in issues, PRs or test fixtures. If you
accidentally push one, revoke it immediately and tell us in the PR.

## Releasing (maintainers)

Releases are cut from \`main\` by \`scripts/ci/release.sh <version>\`, which
builds binaries, uploads them to S3 and publishes to npm.

\`\`\`sh
./scripts/ci/release.sh --dry-run 2.8.0
./scripts/ci/release.sh 2.8.0
\`\`\`

@@N:version-string|The current stable line is \`2.7.x\`; \`1.x\` receives security fixes until 2025-06-30.

## Security

Please report vulnerabilities privately to security@shipit.dev instead of
opening a public issue. See \`SECURITY.md\` for our disclosure policy.
` });
  return files;
}
