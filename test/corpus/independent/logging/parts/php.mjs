import { source } from './builder.mjs';

const loginController = source('laravel-app/app/Http/Controllers/Auth/LoginController.php', 'php', String.raw`
<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Password;
use Illuminate\Support\Str;

class LoginController extends Controller
{
    public function login(Request $request): JsonResponse
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required', 'string'],
        ]);

        Log::debug('Login attempt', $credentials); ⟦L:object⟧
        $user = User::where('email', $credentials['email'])->first();

        if (! $user || ! Hash::check($credentials['password'], $user->password)) {
            Log::warning('Invalid password for user', ['email' => $credentials['email']]); ⟦S:event⟧
            return response()->json(['message' => 'Invalid credentials'], 401);
        }

        $plainToken = Str::random(60);
        $user->forceFill(['api_token' => hash('sha256', $plainToken)])->save();

        Log::info('User logged in', ['user_id' => $user->id, 'ip' => $request->ip()]);
        Log::debug("Issued API token {$plainToken} for user {$user->id}"); ⟦L:template⟧

        return response()->json(['token' => $plainToken, 'token_type' => 'Bearer']);
    }

    public function logout(Request $request): JsonResponse
    {
        $token = $request->bearerToken();
        Log::info('Logout', [ ⟦S:presence⟧
            'has_token' => $token !== null, ⟦+⟧
            'request_id' => $request->header('X-Request-Id'), ⟦+⟧
        ]); ⟦+⟧

        if ($token !== null) {
            User::where('api_token', hash('sha256', $token))->update(['api_token' => null]);
        }

        return response()->json(null, 204);
    }

    public function sendResetLink(Request $request): JsonResponse
    {
        $request->validate(['email' => ['required', 'email']]);
        $status = Password::sendResetLink($request->only('email'));
        Log::info('Password reset email sent', ['status' => $status]);

        return response()->json(['status' => __($status)]);
    }

    public function updatePassword(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'current_password' => ['required', 'current_password'],
            'password' => ['required', 'string', 'min:12', 'confirmed'],
        ]);

        $user = $request->user();
        $user->password = Hash::make($validated['password']);
        $user->save();
        Log::channel('audit')->info('Password updated', ['user_id' => $user->id, 'length' => strlen($validated['password'])]);

        return response()->json(['message' => 'Password updated']);
    }

    public function debugHeaders(Request $request): JsonResponse
    {
        abort_unless(app()->environment('local'), 404);
        $safe = collect($request->headers->all())->except(['authorization', 'cookie'])->all();
        Log::debug('Request headers (sanitized)', $safe); ⟦S:redacted-headers⟧

        return response()->json($safe);
    }
}
`);

const paymentGatewayClient = source('symfony-shop/src/Service/PaymentGatewayClient.php', 'php', String.raw`
<?php

declare(strict_types=1);

namespace App\Service;

use App\Exception\PaymentException;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\ClientException;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Log\LoggerInterface;

final class PaymentGatewayClient
{
    private string $secretKey;
    private string $merchantId;
    private LoggerInterface $logger;

    public function __construct(
        private readonly ClientInterface $http,
        array $config,
        ?LoggerInterface $logger = null,
    ) {
        $this->secretKey = $config['secret_key'];
        $this->merchantId = $config['merchant_id'];
        $this->logger = $logger ?? new Logger('payments', [new StreamHandler('php://stderr', Logger::INFO)]);
        $this->logger->info('Payment gateway client ready', [ ⟦S:presence⟧
            'merchant_id' => $this->merchantId, ⟦+⟧
            'sandbox' => $config['sandbox'] ?? false, ⟦+⟧
            'secret_configured' => $this->secretKey !== '', ⟦+⟧
        ]); ⟦+⟧
    }

    public function charge(string $orderId, int $amount, string $currency, string $cardToken): array
    {
        $started = microtime(true);
        $payload = [
            'order_id' => $orderId,
            'amount' => $amount,
            'currency' => $currency,
            'source' => $cardToken,
        ];
        $signature = hash_hmac('sha256', json_encode($payload), $this->secretKey);

        try {
            $response = $this->http->request('POST', '/v2/charges', [
                'json' => $payload,
                'headers' => [
                    'X-Merchant-Id' => $this->merchantId,
                    'X-Signature' => $signature,
                    'Authorization' => 'Bearer ' . $this->secretKey, ⟦S:non-log-use⟧
                ],
            ]);
        } catch (ClientException $e) {
            $status = $e->getResponse()->getStatusCode();
            $this->logger->error('Charge failed', ['order_id' => $orderId, 'status' => $status]);
            if ($status === 401) {
                $this->logger->critical(sprintf('Gateway rejected secret key %s for merchant %s', $this->secretKey, $this->merchantId)); ⟦L:printf,field⟧
            }
            throw new PaymentException('Charge failed', 0, $e);
        }

        $elapsedMs = (int) round((microtime(true) - $started) * 1000);
        $this->logger->info('Charge completed', ['order_id' => $orderId, 'elapsed_ms' => $elapsedMs]);

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }

    public function createWebhookSecret(string $url): string
    {
        $response = $this->http->request('POST', '/v2/webhooks', [
            'json' => ['url' => $url],
            'headers' => ['Authorization' => 'Bearer ' . $this->secretKey],
        ]);
        $data = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $webhookSecret = $data['secret'];
        $this->logger->info('Webhook endpoint created', [ ⟦L:structured,alias⟧
            'endpoint_id' => $data['id'], ⟦+⟧
            'signing_secret' => $webhookSecret, ⟦+⟧
        ]); ⟦+⟧
        $this->logger->debug('Webhook signing key id', ['key_id' => $data['key_id'] ?? null]); ⟦S:key-id⟧

        return $webhookSecret;
    }

    public function describe(): string
    {
        return sprintf('merchant=%s key=%s', $this->merchantId, $this->mask($this->secretKey));
    }

    public function logDescription(): void
    {
        $this->logger->debug('Gateway client: ' . $this->describe()); ⟦S:masked⟧
    }

    private function mask(string $value): string
    {
        return substr($value, 0, 4) . str_repeat('*', max(0, strlen($value) - 4));
    }
}
`);

const debugHelpers = source('legacy-admin/includes/debug-helpers.php', 'php', String.raw`
<?php
/**
 * Debug helpers for the legacy admin panel.
 * Loaded from bootstrap.php only when APP_DEBUG is enabled.
 */

if (!defined('APP_DEBUG') || !APP_DEBUG) {
    return;
}

function debug_mask_secret(string $value): string
{
    $len = strlen($value);
    if ($len <= 6) {
        return str_repeat('*', $len);
    }
    return substr($value, 0, 3) . str_repeat('*', $len - 6) . substr($value, -3);
}

function debug_dump_request(): void
{
    echo "<pre class=\"debug\">";
    echo "Method: " . htmlspecialchars($_SERVER['REQUEST_METHOD'] ?? '') . "\n";
    echo "URI: " . htmlspecialchars($_SERVER['REQUEST_URI'] ?? '') . "\n"; ⟦S:path⟧
    print_r(getallheaders()); ⟦L:object⟧
    echo "</pre>";
}

function debug_dump_request_safe(): void
{
    $headers = array_filter(
        getallheaders(),
        fn ($name) => !in_array(strtolower($name), ['authorization', 'cookie', 'x-api-key'], true),
        ARRAY_FILTER_USE_KEY
    );
    echo "<pre class=\"debug\">";
    print_r($headers); ⟦S:redacted-headers⟧
    echo "</pre>";
}

function debug_dump_db_config(array $db): void
{
    echo "<h3>Database</h3>";
    echo "Host: " . htmlspecialchars($db['host']) . "<br>";
    echo "User: " . htmlspecialchars($db['user']) . "<br>";
    echo "Password: " . debug_mask_secret($db['password']) . "<br>"; ⟦S:masked⟧
    echo "Password length: " . strlen($db['password']) . "<br>";
}

function debug_dump_oauth(): void
{
    // access_token, refresh_token and expires_at from the OAuth callback
    $oauth = $_SESSION['oauth'] ?? [];
    echo "<h3>OAuth session</h3><pre>";
    var_dump($oauth); ⟦L:object⟧
    echo "</pre>";
    echo "Token expires at: " . date('c', $oauth['expires_at'] ?? 0) . "<br>";
    echo "Has refresh token: " . (empty($oauth['refresh_token']) ? 'no' : 'yes') . "<br>"; ⟦S:presence⟧
}

function debug_log_login(string $username, string $password): void
{
    error_log("[debug] login attempt user=$username password=$password"); ⟦L:template,param⟧
}

function debug_api_call(string $url, string $apiKey, array $params = [])
{
    $ch = curl_init($url . '?' . http_build_query($params));
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Api-Key: ' . $apiKey]); ⟦S:non-log-use⟧
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $start = microtime(true);
    $body = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    printf("<!-- %s -> %d in %.1f ms -->\n", htmlspecialchars($url), $status, (microtime(true) - $start) * 1000);
    error_log(sprintf('[debug] api call %s status=%d key=%s', $url, $status, debug_mask_secret($apiKey)));
    return $body;
}
`);

const syncMailchimp = source('laravel-app/app/Jobs/SyncMailchimpContacts.php', 'php', String.raw`
<?php

namespace App\Jobs;

use App\Models\Account;
use App\Models\Contact;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use RuntimeException;
use Throwable;

class SyncMailchimpContacts implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    public function __construct(public int $accountId)
    {
    }

    public function handle(): void
    {
        $account = Account::findOrFail($this->accountId);
        $apiKey = decrypt($account->mailchimp_api_key);
        $dc = str_contains($apiKey, '-') ? substr($apiKey, strrpos($apiKey, '-') + 1) : 'us1';
        $baseUrl = "https://{$dc}.api.mailchimp.com/3.0";
        Log::info('Mailchimp sync started', ['account_id' => $account->id, 'datacenter' => $dc]); ⟦S:id⟧
        Log::debug('Mailchimp API key: ' . $apiKey); ⟦L:concat,alias⟧

        $started = microtime(true);
        $synced = 0;
        $offset = 0;
        do {
            $response = Http::withBasicAuth('anystring', $apiKey) ⟦S:non-log-use⟧
                ->timeout(20)
                ->get("{$baseUrl}/lists/{$account->mailchimp_list_id}/members", ['count' => 500, 'offset' => $offset]);

            if ($response->status() === 401) {
                Log::error('Mailchimp rejected credentials', ['account_id' => $account->id, 'status' => 401]);
                error_log(sprintf('mailchimp auth failure for account %d', $account->id));
                $this->fail(new RuntimeException('Mailchimp authentication failed'));
                return;
            }

            $members = $response->json('members', []);
            foreach ($members as $member) {
                Contact::updateOrCreate(
                    ['account_id' => $account->id, 'email' => strtolower($member['email_address'])],
                    ['status' => $member['status'], 'mailchimp_id' => $member['id']],
                );
            }
            $synced += count($members);
            $offset += 500;
        } while (count($members) === 500);

        Log::info('Mailchimp sync finished', [ ⟦S:count⟧
            'account_id' => $account->id, ⟦+⟧
            'synced' => $synced, ⟦+⟧
            'duration_ms' => (int) ((microtime(true) - $started) * 1000), ⟦+⟧
        ]); ⟦+⟧
    }

    public function failed(Throwable $e): void
    {
        Log::error('Mailchimp sync failed', ['account_id' => $this->accountId, 'error' => $e->getMessage()]);
    }

    public function refreshOAuthToken(Account $account): string
    {
        $response = Http::asForm()->post('https://login.mailchimp.com/oauth2/token', [
            'grant_type' => 'refresh_token',
            'client_id' => config('services.mailchimp.client_id'),
            'client_secret' => config('services.mailchimp.client_secret'),
            'refresh_token' => $account->mailchimp_refresh_token,
        ]);
        Log::info('Mailchimp token refreshed', [ ⟦S:token-type⟧
            'account_id' => $account->id, ⟦+⟧
            'token_type' => $response->json('token_type'), ⟦+⟧
            'scope' => $response->json('scope'), ⟦+⟧
        ]); ⟦+⟧
        Log::debug('Mailchimp token response', $response->json()); ⟦L:object⟧
        $account->update(['mailchimp_access_token' => encrypt($response->json('access_token'))]);

        return $response->json('access_token');
    }
}
`);

export default [loginController, paymentGatewayClient, debugHelpers, syncMailchimp];
