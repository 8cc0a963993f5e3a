import { t, build } from './builder.mjs';

const socialite = build('app/Http/Controllers/Auth/OAuthCallbackController.php', 'php', t`
<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\LinkedAccount;
use App\Models\User;
use Illuminate\Http\Client\RequestException;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

class OAuthCallbackController extends Controller
{
    public function handle(Request $request, string $provider): RedirectResponse
    {
        if ($request->query('state') !== $request->session()->pull('oauth_state')) {
            Log::warning('OAuth state mismatch', ['provider' => $provider, 'ip' => $request->ip()]);
            return redirect('/login')->withErrors(['oauth' => 'Invalid state']);
        }

        $config = config("services.{$provider}");
        $clientSecret = $config['client_secret'];
        $response = Http::asForm()->post($config['token_url'], [
            'grant_type' => 'authorization_code',
            'code' => $request->query('code'),
            'redirect_uri' => $config['redirect'],
            'client_id' => $config['client_id'],
@@S:non-log-use|            'client_secret' => $clientSecret,
        ]);

        if ($response->failed()) {
@@L:structured-field,via-variable|            Log::error('OAuth token exchange failed', ['provider' => $provider, 'status' => $response->status(), 'client_secret' => $clientSecret]);
@@S:key-id|            Log::info('OAuth client in use', ['provider' => $provider, 'client_id' => $config['client_id']]);
            return redirect('/login')->withErrors(['oauth' => 'Could not sign in']);
        }

        $accessToken = $response->json('access_token');
        $refreshToken = $response->json('refresh_token');
@@S:token-type,bool|        Log::debug("Received {$response->json('token_type')} token for {$provider}", ['expires_in' => $response->json('expires_in'), 'has_refresh' => $refreshToken !== null]);

        $profile = Http::withToken($accessToken)->acceptJson()->get($config['userinfo_url'])->json();
        $user = User::firstOrCreate(
            ['email' => $profile['email']],
            ['name' => $profile['name'] ?? $profile['email'], 'password' => bcrypt(Str::random(40))]
        );

        LinkedAccount::updateOrCreate(
            ['user_id' => $user->id, 'provider' => $provider],
            ['access_token' => encrypt($accessToken), 'refresh_token' => $refreshToken ? encrypt($refreshToken) : null]
        );
@@L:concat,direct|        Log::debug('Linked ' . $provider . ' account for user ' . $user->id . ' with token ' . $accessToken);
@@S:masked-last4|        Log::info("Linked {$provider} account", ['user_id' => $user->id, 'token_tail' => substr($accessToken, -4)]);

        Auth::login($user, remember: true);
        $request->session()->regenerate();
@@S:mentions-word-only|        Log::info('User signed in via OAuth; password login not used', ['user_id' => $user->id, 'provider' => $provider]);

        return redirect()->intended('/dashboard');
    }

    public function refresh(Request $request, string $provider): RedirectResponse
    {
        $account = LinkedAccount::where('user_id', $request->user()->id)->where('provider', $provider)->firstOrFail();
        $refreshToken = decrypt($account->refresh_token);
        $config = config("services.{$provider}");
        try {
            $response = Http::asForm()->throw()->post($config['token_url'], [
                'grant_type' => 'refresh_token',
                'refresh_token' => $refreshToken,
                'client_id' => $config['client_id'],
                'client_secret' => $config['client_secret'],
            ]);
        } catch (RequestException $e) {
@@L:sprintf,error-message,via-variable|            Log::warning(sprintf('Refresh failed for %s with refresh token %s: %s', $provider, $refreshToken, $e->getMessage()));
            return back()->withErrors(['oauth' => 'Reconnect required']);
        }
        $account->update(['access_token' => encrypt($response->json('access_token'))]);
@@S:secret-key-bool-value|        Log::info('Token refreshed', ['user_id' => $account->user_id, 'provider' => $provider, 'token_refreshed' => true]);
        return back();
    }
}
`);

const mailgun = build('src/Integration/Mailgun/MailgunClient.php', 'php', t`
<?php

declare(strict_types=1);

namespace Acme\Integration\Mailgun;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;
use Psr\Log\NullLogger;

final class MailgunClient
{
    private const BASE_URI = 'https://api.mailgun.net/v3/';

    private LoggerInterface $logger;

    public function __construct(
        private readonly ClientInterface $http,
        private readonly string $domain,
        private readonly string $apiKey,
        ?LoggerInterface $logger = null,
    ) {
        $this->logger = $logger ?? new NullLogger();
@@S:masked-last4|        $this->logger->debug(sprintf('Mailgun client for %s using key ****%s', $domain, substr($apiKey, -4)));
    }

    /**
     * @param array<string, string> $message
     */
    public function send(array $message): string
    {
        $options = [
            'auth' => ['api', $this->apiKey],
            'form_params' => $message,
            'timeout' => 15,
        ];
@@L:structured-field,request-config|        $this->logger->debug('Mailgun send request', ['domain' => $this->domain, 'options' => $options]);
@@S:non-secret-fields|        $this->logger->info('Sending mail via Mailgun', ['domain' => $this->domain, 'to' => $message['to'] ?? null, 'subject_length' => strlen($message['subject'] ?? '')]);

        try {
            $response = $this->http->request('POST', self::BASE_URI . $this->domain . '/messages', $options);
        } catch (GuzzleException $e) {
            $this->logger->error('Mailgun send failed: ' . $e->getMessage(), ['domain' => $this->domain]);
            throw new MailgunException('Mailgun send failed', 0, $e);
        }

        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $this->logger->info('Mailgun accepted message', ['id' => $body['id'] ?? null]);
        return (string) ($body['id'] ?? '');
    }

    public function validateKey(): bool
    {
        $url = 'https://api:' . $this->apiKey . '@api.mailgun.net/v3/domains/' . $this->domain;
        try {
            $response = $this->http->request('GET', $url, ['timeout' => 5]);
        } catch (GuzzleException $e) {
@@L:url-userinfo,interpolation|            $this->logger->warning("Mailgun key validation request to {$url} failed", ['error' => $e->getCode()]);
            return false;
        }
        $ok = $response->getStatusCode() === 200;
@@S:secret-key-bool-value|        $this->logger->info('Mailgun key validation', ['api_key_valid' => $ok, 'domain' => $this->domain]);
        return $ok;
    }

    public function verifyWebhook(string $timestamp, string $token, string $signature, string $signingKey): bool
    {
        $expected = hash_hmac('sha256', $timestamp . $token, $signingKey);
        $valid = hash_equals($expected, $signature);
        if (!$valid) {
@@S:hashed|            $this->logger->notice('Mailgun webhook signature mismatch', ['expected_prefix' => substr($expected, 0, 8), 'timestamp' => $timestamp]);
@@L:format-printf,via-param,error-log|            error_log(sprintf('mailgun webhook rejected; signing key was %s', $signingKey));
        }
        return $valid;
    }
}
`);

const dbBootstrap = build('bin/db-bootstrap.php', 'php', t`
#!/usr/bin/env php
<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Dotenv\Dotenv;

$dotenv = Dotenv::createImmutable(dirname(__DIR__));
$dotenv->safeLoad();

$options = getopt('', ['env:', 'seed', 'verbose']);
$env = $options['env'] ?? ($_ENV['APP_ENV'] ?? 'local');
$verbose = isset($options['verbose']);

$host = $_ENV['DB_HOST'] ?? '127.0.0.1';
$port = (int) ($_ENV['DB_PORT'] ?? 3306);
$database = $_ENV['DB_DATABASE'] ?? 'app';
$username = $_ENV['DB_USERNAME'] ?? 'root';
$password = $_ENV['DB_PASSWORD'] ?? '';

function out(string $msg): void
{
    fwrite(STDOUT, '[' . date('H:i:s') . "] {$msg}\n");
}

function mask(string $value): string
{
    return $value === '' ? '(empty)' : str_repeat('*', 8);
}

@@S:redacted|out("Bootstrapping {$database} ({$env}) on {$host}:{$port} as {$username} (password " . mask($password) . ')');
if ($verbose) {
@@L:print,interpolation,custom-wrapper|    out("DB_PASSWORD={$password}");
@@S:length|    out('password length: ' . strlen($password));
}

$dsn = sprintf('mysql:host=%s;port=%d;charset=utf8mb4', $host, $port);
$pdo = null;
for ($attempt = 1; $attempt <= 10; $attempt++) {
    try {
@@S:non-log-use|        $pdo = new PDO($dsn, $username, $password, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
        break;
    } catch (PDOException $e) {
@@S:mentions-word-only|        out("Database not ready (attempt {$attempt}/10): {$e->getCode()}; check user/password for {$username}");
        sleep(min($attempt * 2, 15));
    }
}
if ($pdo === null) {
    $connectionUrl = "mysql://{$username}:{$password}@{$host}:{$port}/{$database}";
@@L:url-userinfo,stderr,via-variable|    fwrite(STDERR, "Could not connect to {$connectionUrl}\n");
    exit(1);
}

$pdo->exec(sprintf('CREATE DATABASE IF NOT EXISTS \`%s\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci', $database));
$pdo->exec(sprintf('USE \`%s\`', $database));
out("Database {$database} ready");

$appUser = $_ENV['APP_DB_USER'] ?? 'app';
$appPassword = $_ENV['APP_DB_PASSWORD'] ?? bin2hex(random_bytes(16));
@@S:non-log-use|$pdo->exec(sprintf("CREATE USER IF NOT EXISTS %s@'%%' IDENTIFIED BY %s", $pdo->quote($appUser), $pdo->quote($appPassword)));
$pdo->exec(sprintf("GRANT SELECT, INSERT, UPDATE, DELETE ON \`%s\`.* TO %s@'%%'", $database, $pdo->quote($appUser)));
@@S:hashed|out(sprintf('Application user %s ready (password sha1 %s)', $appUser, substr(sha1($appPassword), 0, 10)));
@@L:error-log,concat|error_log('bootstrap: generated APP_DB_PASSWORD ' . $appPassword . ' for ' . $appUser);

if (isset($options['seed'])) {
    $seedFile = dirname(__DIR__) . '/database/seed.sql';
    $count = 0;
    foreach (array_filter(array_map('trim', explode(";\n", (string) file_get_contents($seedFile)))) as $sql) {
        $pdo->exec($sql);
        $count++;
    }
    out("Seeded {$count} statements");
}

out('Done.');
`);

export default [socialite, mailgun, dbBootstrap];
