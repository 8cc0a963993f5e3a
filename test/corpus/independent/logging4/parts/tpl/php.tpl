@@file php: «root»/src/Controller/LoginController.php
<?php

declare(strict_types=1);

namespace App\Controller;

use App\Repository\UserRepository;
use App\Security\TokenIssuer;
use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;

final class LoginController
{
    private const MAX_ATTEMPTS = 5;

    public function __construct(
        private readonly UserRepository $users,
        private readonly TokenIssuer $tokens,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/api/login', methods: ['POST'])]
    public function login(Request $request): JsonResponse
    {
        $payload = json_decode($request->getContent(), true) ?? [];
        $username = (string) ($payload['username'] ?? '');
        $password = (string) ($payload['password'] ?? '');

        $this->logger->info('Login attempt', ['username' => $username, 'password' => $password]); ⟦L:monolog,context-array,password⟧
        $this->logger->info('Login attempt', ['username' => $username, 'ip' => $request->getClientIp()]); ⟦S:username⟧

        $user = $this->users->findOneByUsername($username);
        if ($user === null || !password_verify($password, $user->getPasswordHash())) { ⟦S:comparison⟧
            $attempts = $this->users->incrementFailedAttempts($username);
            $this->logger->warning('Invalid password for {user}', ['user' => $username, 'password_attempts' => $attempts]); ⟦S:no-value,counter⟧
            if ($attempts >= self::MAX_ATTEMPTS) {
                $this->logger->notice(sprintf('Account %s locked after %d attempts', $username, $attempts)); ⟦S:counter⟧
            }
            return new JsonResponse(['error' => 'invalid_credentials'], 401);
        }

        $token = $this->tokens->issueFor($user);
        error_log("issued token: " . $token); ⟦L:error_log,concat,session-token⟧
        error_log(sprintf('issued token for user %d, length %d', $user->getId(), strlen($token))); ⟦S:length⟧
        $this->logger->debug("token for {$username}: {$token}"); ⟦L:monolog,interp,session-token⟧

        return new JsonResponse(['token' => $token, 'expires_in' => 3600]);
    }

    #[Route('/api/logout', methods: ['POST'])]
    public function logout(Request $request): JsonResponse
    {
        $header = $request->headers->get('Authorization', '');
        $token = substr($header, 7);
        $this->tokens->revoke($token);
        $this->logger->info('Token revoked', ['token_sha256' => hash('sha256', $token)]); ⟦S:hash⟧

        return new JsonResponse(null, 204);
    }
}
@@file php: «root»/app/Http/Middleware/VerifyApiToken.php
<?php

namespace App\Http\Middleware;

use App\Models\ApiClient;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Symfony\Component\HttpFoundation\Response;

class VerifyApiToken
{
    public function handle(Request $request, Closure $next): Response
    {
        $token = $request->bearerToken();

        if (empty($token)) {
            Log::warning('Missing API token', ['ip' => $request->ip(), 'path' => $request->path()]); ⟦S:no-value⟧
            return response()->json(['message' => 'Unauthenticated.'], 401);
        }

        Log::debug("Bearer token received: {$token}"); ⟦L:laravel-log,interp,bearer⟧
        Log::debug('Bearer token received', ['length' => strlen($token)]); ⟦S:length⟧

        $client = ApiClient::where('token_hash', hash('sha256', $token))->first();
        if ($client === null) {
            Log::info('request headers', $request->headers->all()); ⟦L:laravel-log,request-headers⟧
            Log::notice('Unknown API token', ['ip' => $request->ip(), 'request_id' => $request->header('X-Request-Id')]); ⟦S:request-id⟧
            return response()->json(['message' => 'Unauthenticated.'], 401);
        }

        if ($client->revoked_at !== null) {
            Log::warning('Revoked token used', ['client_id' => $client->id, 'token' => $token]); ⟦L:laravel-log,context-array⟧
            return response()->json(['message' => 'Token revoked.'], 401);
        }

        Log::info('API client authenticated', [ ⟦S4:laravel-log,client-id⟧
            'client_id' => $client->id,
            'scopes' => $client->scopes,
        ]);

        $request->attributes->set('api_client', $client);
        $response = $next($request);
        Log::debug('API request finished', ['client_id' => $client->id, 'status' => $response->getStatusCode()]); ⟦S:status⟧

        return $response;
    }

    public static function redactHeaders(array $headers): array
    {
        foreach (['authorization', 'cookie', 'x-api-key'] as $name) {
            if (isset($headers[$name])) {
                $headers[$name] = ['[redacted]'];
            }
        }
        return $headers;
    }

    public static function logRejected(Request $request): void
    {
        Log::info('rejected request headers', self::redactHeaders($request->headers->all())); ⟦S:redacted⟧
    }
}
@@file php: «root»/bootstrap/database.php
<?php

declare(strict_types=1);

/**
 * Legacy bootstrap: builds the PDO connection for the «svc» admin scripts.
 */

$config = [
    'driver'   => 'pgsql',
    'host'     => getenv('DB_HOST') ?: 'localhost',
    'port'     => (int) (getenv('DB_PORT') ?: 5432),
    'database' => getenv('DB_NAME') ?: '«dbname»',
    'username' => getenv('DB_USER') ?: '«svc»',
    'password' => getenv('DB_PASSWORD') ?: '',
    'options'  => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];

$debug = filter_var(getenv('APP_DEBUG'), FILTER_VALIDATE_BOOLEAN);

if ($debug) {
    var_dump($config); ⟦L:var_dump,whole-config⟧
    print_r(array_keys($config)); ⟦S:keys-only⟧
    echo 'DB password set: ' . ($config['password'] !== '' ? 'yes' : 'no') . PHP_EOL; ⟦S:bool⟧
}

$dsn = sprintf('pgsql:host=%s;port=%d;dbname=%s', $config['host'], $config['port'], $config['database']);
echo "Connecting to {$dsn} as {$config['username']}" . PHP_EOL; ⟦S:host,username⟧

try {
    $pdo = new PDO($dsn, $config['username'], $config['password'], $config['options']);
} catch (PDOException $e) {
    error_log('DB connection failed: ' . $e->getMessage()); ⟦S:exception⟧
    error_log("DB connection failed for {$config['username']}:{$config['password']}@{$config['host']}"); ⟦L:error_log,interp,password⟧
    exit(1);
}

function load_smtp_settings(): array
{
    $smtp = [
        'host' => getenv('SMTP_HOST') ?: 'localhost',
        'user' => getenv('SMTP_USER') ?: '',
        'pass' => getenv('SMTP_PASS') ?: '',
    ];
    if (getenv('APP_DEBUG')) {
        print_r($smtp); ⟦L:print_r,whole-config⟧
    }
    $safe = $smtp;
    unset($safe['pass']);
    print_r($safe); ⟦S:omit-secret⟧
    return $smtp;
}

$smtp = load_smtp_settings();
$stmt = $pdo->query('SELECT count(*) FROM users');
echo 'users: ' . $stmt->fetchColumn() . PHP_EOL; ⟦S:counter⟧
@@file php: «root»/src/Service/OAuthService.php
<?php

declare(strict_types=1);

namespace App\Service;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\RequestException;
use Monolog\Logger;

final class OAuthService
{
    private const TOKEN_URL = 'https://«vendor».example.com/oauth/token';

    public function __construct(
        private readonly ClientInterface $http,
        private readonly Logger $logger,
        private readonly string $clientId,
        private readonly string $clientSecret,
        private readonly string $redirectUri,
    ) {
        $this->logger->info('OAuth client configured', ['client_id' => $clientId, 'redirect_uri' => $redirectUri]); ⟦S:client-id⟧
    }

    public function exchangeCode(string $code): array
    {
        $form = [
            'grant_type' => 'authorization_code',
            'code' => $code,
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
            'redirect_uri' => $this->redirectUri,
        ];
        $this->logger->debug('token request', $form); ⟦L:monolog,context-array,client-secret⟧

        try {
            $response = $this->http->request('POST', self::TOKEN_URL, ['form_params' => $form]);
        } catch (RequestException $e) {
            $this->logger->error('token exchange failed', ['status' => $e->getResponse()?->getStatusCode()]); ⟦S:status⟧
            throw $e;
        }

        $tokens = json_decode((string) $response->getBody(), true);
        $this->logger->debug(sprintf('token response: %s', json_encode($tokens))); ⟦L:monolog,sprintf,whole-object⟧
        $this->logger->info('token expires in', ['expires_in' => $tokens['expires_in'] ?? null, 'scope' => $tokens['scope'] ?? '']); ⟦S:metadata⟧
        $this->logger->info('refresh token issued', ['present' => isset($tokens['refresh_token'])]); ⟦S:bool⟧

        return $tokens;
    }

    public function refresh(string $refreshToken): array
    {
        $this->logger->info('refreshing access token', ['refresh_token' => $refreshToken]); ⟦L:monolog,context-array,refresh-token⟧
        $response = $this->http->request('POST', self::TOKEN_URL, ['form_params' => [
            'grant_type' => 'refresh_token',
            'refresh_token' => $refreshToken,
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
        ]]);
        $tokens = json_decode((string) $response->getBody(), true);
        $this->logger->info('access token refreshed', ['token_type' => $tokens['token_type'] ?? 'bearer']); ⟦S:metadata⟧

        return $tokens;
    }
}
