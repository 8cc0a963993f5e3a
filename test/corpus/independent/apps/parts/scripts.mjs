// Scripts: Bash deploy, PowerShell admin, Windows .cmd, Perl, Ruby, SQL migration, Makefile.
import { file, S, N, neg, G, R, PW, A, TAB } from './lib.mjs';

export default function scripts() {
  const out = [];

  // ------------------------------------------------------------ deploy.sh
  out.push(file('ops/deploy.sh')`
    #!/usr/bin/env bash
    # Deploy the kiosk admin UI + firmware bundle to the edge gateways.
    # usage: ops/deploy.sh <release-tag> [gateway...]
    set -euo pipefail

    RELEASE="\${1:?usage: deploy.sh <release-tag> [gateway...]}"
    shift
    if [ "$#" -gt 0 ]; then GATEWAYS=("$@"); else GATEWAYS=(edge-gw-01 edge-gw-02 edge-gw-03); fi
    REGISTRY="registry.acme-kiosk.io"
    DEPLOY_USER="deploy"
    SLACK_WEBHOOK="${S(G.slackWebhook(), 'slack-webhook')}"
    REGISTRY_PASSWORD="$(vault kv get -field=password secret/ci/registry)"${neg('vault-lookup')}
    ARTIFACT_TOKEN="\${ARTIFACT_TOKEN:?ARTIFACT_TOKEN must be set by CI}"${neg('env-ref')}

    log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

    notify() {
      curl -fsS -X POST -H 'Content-Type: application/json' \
        --data "{\"text\": \"kiosk deploy \${RELEASE}: $1\"}" "$SLACK_WEBHOOK" > /dev/null || true
    }

    write_deploy_key() {
      install -m 700 -d ~/.ssh
      cat > ~/.ssh/kiosk_deploy_ed25519 <<'KEY'
    ${S(G.opensshPrivateKey(), 'private-key')}
    KEY
      chmod 600 ~/.ssh/kiosk_deploy_ed25519
      echo "edge-gw-01.acme-kiosk.io ssh-ed25519 ${N(G.sshEd25519Pub(), 'public-key')}" >> ~/.ssh/known_hosts
    }

    trap 'notify ":x: failed on line $LINENO"' ERR

    log "Logging in to $REGISTRY"
    echo "$REGISTRY_PASSWORD" | docker login "$REGISTRY" -u ci-deployer --password-stdin

    log "Fetching firmware bundle $RELEASE"
    curl -fsSL -H "Authorization: Bearer $ARTIFACT_TOKEN" \
      -o "/tmp/kiosk-fw-\${RELEASE}.tar.gz" \
      "https://artifacts.acme-kiosk.io/firmware/\${RELEASE}/kiosk-fw.tar.gz"

    write_deploy_key

    for gw in "\${GATEWAYS[@]}"; do
      log "Deploying to $gw"
      scp -i ~/.ssh/kiosk_deploy_ed25519 "/tmp/kiosk-fw-\${RELEASE}.tar.gz" "$DEPLOY_USER@$gw.acme-kiosk.io:/var/lib/kiosk/incoming/"
      ssh -i ~/.ssh/kiosk_deploy_ed25519 "$DEPLOY_USER@$gw.acme-kiosk.io" \
        "sudo /usr/local/bin/kiosk-update --bundle /var/lib/kiosk/incoming/kiosk-fw-\${RELEASE}.tar.gz \
         && docker pull $REGISTRY/kiosk-admin:\${RELEASE} \
         && docker compose -f /opt/kiosk/compose.yml up -d"
    done

    notify ":white_check_mark: deployed to \${#GATEWAYS[@]} gateways"
    log "Done"
  `);

  // ------------------------------------------------------------ PowerShell
  out.push(file('ops/windows/Reset-KioskAccounts.ps1')`
    <#
    .SYNOPSIS
        Resets the local kiosk service account on store PCs and re-registers the sync task.
    .EXAMPLE
        .\Reset-KioskAccounts.ps1 -ComputerName KIOSK-0412, KIOSK-0413
    .NOTES
        Run from the jump host as a member of CORP\Kiosk-Admins.
        Set $env:KIOSK_SYNC_API_KEY = ${N("'<sync-api-key>'", 'placeholder')} first, or you will be prompted.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string[]] $ComputerName,
        [pscredential] $Credential = (Get-Credential -Message 'Domain admin for the store PCs')${neg('credential-prompt')}
    )

    $ErrorActionPreference = 'Stop'
    $KioskUser      = 'kiosk-svc'
    $KioskPassword  = ConvertTo-SecureString '${S(PW.any("!@#*-_.+=?^"), 'windows-password')}' -AsPlainText -Force
    $SyncApiKey     = $env:KIOSK_SYNC_API_KEY${neg('env-ref')}
    $TaskName       = 'KioskInventorySync'
    $TaskGuid       = '${N('{' + G.UUID() + '}', 'uuid')}'
    $CertThumbprint = '${N(G.HEX(40), 'cert-fingerprint')}'
    $LogPath        = "C:\ProgramData\Kiosk\reset-$(Get-Date -Format yyyyMMdd).log"

    function Write-Log([string] $Message) {
        "$(Get-Date -Format s) $Message" | Tee-Object -FilePath $LogPath -Append
    }

    if (-not $SyncApiKey) {
        $SyncApiKey = Read-Host -Prompt 'Sync API key' -AsSecureString${neg('password-prompt')}
    }

    foreach ($computer in $ComputerName) {
        if (-not $PSCmdlet.ShouldProcess($computer, 'Reset kiosk account')) { continue }
        Write-Log "Resetting $KioskUser on $computer"
        Invoke-Command -ComputerName $computer -Credential $Credential -ScriptBlock {
            param($User, $Password, $TaskName, $Thumbprint)
            $account = Get-LocalUser -Name $User -ErrorAction SilentlyContinue
            if (-not $account) {
                New-LocalUser -Name $User -Password $Password -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
            } else {
                $account | Set-LocalUser -Password $Password
            }
            Add-LocalGroupMember -Group 'Users' -Member $User -ErrorAction SilentlyContinue

            $cert = Get-ChildItem Cert:\LocalMachine\My | Where-Object Thumbprint -eq $Thumbprint
            if (-not $cert) { throw "Client certificate $Thumbprint missing on $env:COMPUTERNAME" }

            $action  = New-ScheduledTaskAction -Execute 'C:\Program Files\Kiosk\KioskSync.exe' -Argument '--once'
            $trigger = New-ScheduledTaskTrigger -Daily -At 2am
            Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -User $User -Password (
                [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))
            ) -Force | Out-Null
        } -ArgumentList $KioskUser, $KioskPassword, $TaskName, $CertThumbprint
        Write-Log "Done: $computer"
    }
  `);

  // ------------------------------------------------------------ Windows .cmd
  out.push(file('ops/windows/map_drives.cmd')`
    @echo off
    REM ---------------------------------------------------------------
    REM  map_drives.cmd - maps department shares at logon (GPO script)
    REM  Scanner share uses the shared service account.
    REM ---------------------------------------------------------------
    setlocal

    set FILESERVER=\\fs01.corp.acme-kiosk.io
    set SVC_USER=CORP\svc-scanner
    set LOGFILE=%TEMP%\map_drives.log

    echo [%DATE% %TIME%] mapping drives for %USERNAME% >> "%LOGFILE%"

    net use S: /delete /y >nul 2>&1
    net use R: /delete /y >nul 2>&1
    net use P: /delete /y >nul 2>&1

    REM Scans (shared service account)
    net use S: %FILESERVER%\scans /user:%SVC_USER% ${S(PW.random(16, PW.CMD), 'windows-password')} /persistent:no >> "%LOGFILE%" 2>&1

    REM Reports (current user's Kerberos ticket)
    net use R: %FILESERVER%\reports /persistent:no >> "%LOGFILE%" 2>&1

    REM Projects on the NAS: prompts for the user's NAS password
    net use P: \\nas02\projects /user:NAS02\%USERNAME% * /persistent:no${neg('password-prompt')}

    REM Backup target credentials come from the machine environment
    set BACKUP_PASS=%KIOSK_BACKUP_PASS%${neg('env-ref')}
    if "%BACKUP_PASS%"=="" (
        echo [%DATE% %TIME%] KIOSK_BACKUP_PASS not set, skipping B: >> "%LOGFILE%"
        goto :done
    )
    net use B: \\backup01\kiosk$ /user:CORP\svc-backup %BACKUP_PASS% /persistent:no >> "%LOGFILE%" 2>&1

    :done
    echo [%DATE% %TIME%] finished >> "%LOGFILE%"
    endlocal
    exit /b 0
  `);

  // ------------------------------------------------------------ Perl
  out.push(file('ops/perl/rotate_audit_logs.pl')`
    #!/usr/bin/perl
    # rotate_audit_logs.pl - archive last month's kiosk audit rows and post a summary.
    use strict;
    use warnings;
    use DBI;
    use POSIX qw(strftime);
    use JSON::PP;
    use HTTP::Tiny;

    my $db_host = 'pg-audit.internal';
    my $db_name = 'kiosk_audit';
    my $db_user = 'audit_rotator';
    my $db_pass = '${S(PW.any('!@#*-_.+=?^~'), 'db-password')}';
    my $slack_token = '${S(G.slackBot(), 'slack-bot-token')}';
    my $slack_channel = '#kiosk-ops';
    my $archive_dir = $ENV{AUDIT_ARCHIVE_DIR} || '/srv/audit-archive';
    my $s3_secret = $ENV{AUDIT_S3_SECRET_KEY};${neg('env-ref')}

    my $month = strftime('%Y-%m', localtime(time - 28 * 24 * 3600));
    my $dbh = DBI->connect("dbi:Pg:dbname=$db_name;host=$db_host", $db_user, $db_pass,
        { RaiseError => 1, AutoCommit => 0 })
        or die "cannot connect: $DBI::errstr";

    my $rows = $dbh->selectall_arrayref(
        q{SELECT id, kiosk_id, event, created_at FROM audit_events WHERE to_char(created_at, 'YYYY-MM') = ?},
        { Slice => {} }, $month);

    my $file = "$archive_dir/audit-$month.jsonl";
    open(my $fh, '>', $file) or die "cannot write $file: $!";
    print {$fh} encode_json($_), "\n" for @$rows;
    close $fh;

    $dbh->do(q{DELETE FROM audit_events WHERE to_char(created_at, 'YYYY-MM') = ?}, undef, $month);
    $dbh->commit;
    $dbh->disconnect;

    system('gzip', '-f', $file) == 0 or warn "gzip failed for $file\n";
    if ($s3_secret) {
        system('aws', 's3', 'cp', "$file.gz", "s3://acme-audit-archive/$month/") == 0
            or warn "upload failed\n";
    }

    my $http = HTTP::Tiny->new(timeout => 15);
    my $res = $http->post('https://slack.com/api/chat.postMessage', {
        headers => { 'Authorization' => "Bearer $slack_token", 'Content-Type' => 'application/json' },
        content => encode_json({ channel => $slack_channel,
                                 text => sprintf('Archived %d audit rows for %s', scalar(@$rows), $month) }),
    });
    warn "slack post failed: $res->{status}\n" unless $res->{success};
  `);

  // ------------------------------------------------------------ Ruby
  out.push(file('ops/ruby/sync_inventory.rb')`
    #!/usr/bin/env ruby
    # frozen_string_literal: true

    # Pulls stock levels from the Shopify store and texts the store manager
    # when a kiosk item drops below its reorder point.

    require 'json'
    require 'net/http'
    require 'uri'
    require 'twilio-ruby'

    SHOP_DOMAIN = 'acme-kiosk-supplies.myshopify.com'
    SHOPIFY_ADMIN_TOKEN = '${S(G.shopify(), 'shopify-access-token')}'
    API_VERSION = '2024-01'

    TWILIO_ACCOUNT_SID = ENV.fetch('TWILIO_ACCOUNT_SID')${neg('env-ref')}
    TWILIO_AUTH_TOKEN = '${S(G.twilioAuthToken(), 'twilio-auth-token')}'
    TWILIO_FROM = '+3197010250000'
    MANAGER_PHONE = ENV['STORE_MANAGER_PHONE']${neg('env-ref')}

    REORDER_POINTS = {
      'receipt-paper-80mm' => 20,
      'thermal-labels-4x6' => 10,
      'card-reader-covers' => 5
    }.freeze

    def shopify_get(path)
      uri = URI("https://#{SHOP_DOMAIN}/admin/api/#{API_VERSION}/#{path}")
      req = Net::HTTP::Get.new(uri)
      req['X-Shopify-Access-Token'] = SHOPIFY_ADMIN_TOKEN
      req['Accept'] = 'application/json'
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      raise "Shopify #{res.code}: #{res.body}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    end

    def low_stock_items
      products = shopify_get('products.json?limit=250&fields=handle,variants')['products']
      products.filter_map do |p|
        threshold = REORDER_POINTS[p['handle']]
        next unless threshold

        qty = p['variants'].sum { |v| v['inventory_quantity'].to_i }
        [p['handle'], qty] if qty < threshold
      end
    end

    items = low_stock_items
    if items.empty?
      puts 'All kiosk supplies above reorder point.'
      exit 0
    end

    body = "Low stock: " + items.map { |handle, qty| "#{handle} (#{qty})" }.join(', ')
    client = Twilio::REST::Client.new(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
    client.messages.create(from: TWILIO_FROM, to: MANAGER_PHONE, body: body)
    puts "Sent: #{body}"
  `);

  // ------------------------------------------------------------ SQL migration
  out.push(file('db/migrations/V42__reporting_roles.sql')`
    -- V42: reporting roles for Metabase and the nightly export.
    -- Flyway placeholders: loaderPassword is injected from the CI secret store.

    BEGIN;

    CREATE ROLE reporting_ro NOLOGIN;
    GRANT CONNECT ON DATABASE kiosk TO reporting_ro;
    GRANT USAGE ON SCHEMA sales, inventory TO reporting_ro;
    GRANT SELECT ON ALL TABLES IN SCHEMA sales, inventory TO reporting_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA sales, inventory GRANT SELECT ON TABLES TO reporting_ro;

    -- Metabase service account
    CREATE ROLE metabase LOGIN PASSWORD '${S(PW.random(20, '!@#*-_.+=?^~'), 'db-password')}' IN ROLE reporting_ro;
    ALTER ROLE metabase SET statement_timeout = '120s';
    ALTER ROLE metabase CONNECTION LIMIT 10;

    -- Nightly loader
    CREATE ROLE loader LOGIN PASSWORD '\${loaderPassword}';${neg('template-ref')}
    GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA sales, inventory TO loader;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA sales, inventory TO loader;

    -- Legacy ETL user: disable password login, keep ownership for now
    ALTER ROLE legacy_etl PASSWORD NULL;${neg('empty-value')}
    ALTER ROLE legacy_etl NOLOGIN;
    -- old: CREATE ROLE legacy_etl LOGIN PASSWORD '${N('xxxxxxxx', 'placeholder')}';

    CREATE TABLE IF NOT EXISTS ops.role_audit (
        role_name   text        NOT NULL,
        changed_by  text        NOT NULL DEFAULT current_user,
        changed_at  timestamptz NOT NULL DEFAULT now(),
        note        text
    );

    INSERT INTO ops.role_audit (role_name, note) VALUES
        ('metabase', 'created by V42'),
        ('loader', 'created by V42'),
        ('legacy_etl', 'password login disabled by V42');

    COMMENT ON ROLE metabase IS ${N("'Metabase service account; rotate the password yearly'", 'i18n-password-text')};

    COMMIT;
  `);

  // ------------------------------------------------------------ Makefile
  out.push(file('kiosk-admin/Makefile')`
    PROJECT        := kiosk-admin
    VERSION        ?= $(shell git describe --tags --always --dirty)
    REGISTRY       := registry.acme-kiosk.io
    REGISTRY_USER  := ci-builder
    REGISTRY_PASS  := ${S(PW.random(18, PW.MAKE), 'registry-password')}
    IMAGE          := $(REGISTRY)/$(PROJECT):$(VERSION)
    NPM_TOKEN      ?= $(shell cat $(HOME)/.config/acme/npm-token 2>/dev/null)${neg('env-ref')}
    SENTRY_AUTH_TOKEN ?= $(SENTRY_TOKEN)${neg('env-ref')}
    PROTOC_VERSION := 25.3
    PROTOC_SHA256  := ${N(G.sha256(), 'checksum')}
    GOFLAGS        := -trimpath -ldflags="-s -w -X main.version=$(VERSION)"

    .PHONY: all build test lint image push login release clean tools

    all: lint test build

    tools:
    ${TAB}curl -fsSLo /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v$(PROTOC_VERSION)/protoc-$(PROTOC_VERSION)-linux-x86_64.zip
    ${TAB}echo "$(PROTOC_SHA256)  /tmp/protoc.zip" | sha256sum -c -
    ${TAB}unzip -o -q /tmp/protoc.zip -d $(HOME)/.local

    build:
    ${TAB}go build $(GOFLAGS) -o bin/$(PROJECT) ./cmd/$(PROJECT)
    ${TAB}cd web && npm ci && npm run build

    test:
    ${TAB}go test -race -count=1 ./...
    ${TAB}cd web && npm test -- --run

    lint:
    ${TAB}golangci-lint run ./...
    ${TAB}cd web && npm run lint

    login:
    ${TAB}@echo "$(REGISTRY_PASS)" | docker login $(REGISTRY) -u $(REGISTRY_USER) --password-stdin

    image:
    ${TAB}docker build --build-arg VERSION=$(VERSION) --secret id=npm,env=NPM_TOKEN -t $(IMAGE) .

    push: login image
    ${TAB}docker push $(IMAGE)

    release: push
    ${TAB}sentry-cli releases new $(VERSION)
    ${TAB}sentry-cli releases files $(VERSION) upload-sourcemaps web/dist
    ${TAB}sentry-cli releases finalize $(VERSION)

    clean:
    ${TAB}rm -rf bin web/dist /tmp/protoc.zip
  `);

  return out;
}
