import { t, build } from './builder.mjs';

const paypalWebhook = build('src/Acme.Payments.Api/Controllers/PaypalWebhookController.cs', 'csharp', t`
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Api.Controllers;

public sealed class PaypalOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string WebhookId { get; set; } = "";
    public string BaseUrl { get; set; } = "https://api-m.paypal.com";
}

[ApiController]
[Route("webhooks/paypal")]
public class PaypalWebhookController : ControllerBase
{
    private readonly ILogger<PaypalWebhookController> _logger;
    private readonly IHttpClientFactory _httpFactory;
    private readonly PaypalOptions _options;

    public PaypalWebhookController(ILogger<PaypalWebhookController> logger, IHttpClientFactory httpFactory, IOptions<PaypalOptions> options)
    {
        _logger = logger;
        _httpFactory = httpFactory;
        _options = options.Value;
    }

    private async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.ClientId}:{_options.ClientSecret}"));
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/v1/oauth2/token");
@@S:non-log-use|        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" });
        var client = _httpFactory.CreateClient("paypal");
        using var resp = await client.SendAsync(req, ct);
        if (!resp.IsSuccessStatusCode)
        {
@@L:structured-field,via-variable,encoded-secret|            _logger.LogError("PayPal token request failed with {Status}; basic credentials {Basic}", (int)resp.StatusCode, basic);
            resp.EnsureSuccessStatusCode();
        }
        using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync(ct));
        var token = doc.RootElement.GetProperty("access_token").GetString()!;
@@S:token-type|        _logger.LogInformation("Obtained PayPal {TokenType} token, expires in {ExpiresIn}s", doc.RootElement.GetProperty("token_type").GetString(), doc.RootElement.GetProperty("expires_in").GetInt32());
        return token;
    }

    [HttpPost]
    public async Task<IActionResult> Receive(CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        var transmissionId = Request.Headers["PAYPAL-TRANSMISSION-ID"].ToString();

        var accessToken = await GetAccessTokenAsync(ct);
@@S:masked-last4|        _logger.LogDebug("Verifying transmission {TransmissionId} with token ...{Suffix}", transmissionId, accessToken[^4..]);
        var verifyPayload = new
        {
            auth_algo = Request.Headers["PAYPAL-AUTH-ALGO"].ToString(),
            cert_url = Request.Headers["PAYPAL-CERT-URL"].ToString(),
            transmission_id = transmissionId,
            transmission_sig = Request.Headers["PAYPAL-TRANSMISSION-SIG"].ToString(),
            transmission_time = Request.Headers["PAYPAL-TRANSMISSION-TIME"].ToString(),
            webhook_id = _options.WebhookId,
            webhook_event = JsonDocument.Parse(body).RootElement,
        };
        var client = _httpFactory.CreateClient("paypal");
        using var verifyReq = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/v1/notifications/verify-webhook-signature")
        {
            Content = JsonContent.Create(verifyPayload),
        };
@@S:non-log-use|        verifyReq.Headers.Add("Authorization", $"Bearer {accessToken}");
        try
        {
            using var verifyResp = await client.SendAsync(verifyReq, ct);
            var json = await verifyResp.Content.ReadAsStringAsync(ct);
            var status = JsonDocument.Parse(json).RootElement.GetProperty("verification_status").GetString();
            if (status != "SUCCESS")
            {
@@S:mentions-word-only|                _logger.LogWarning("Webhook {TransmissionId} failed signature verification ({Status}); secret not rotated", transmissionId, status);
                return Unauthorized();
            }
        }
        catch (HttpRequestException ex)
        {
@@L:interpolation,error-message|            _logger.LogError(ex, $"Verification call failed for {transmissionId} using bearer {accessToken}");
            return StatusCode(503);
        }

        _logger.LogInformation("Accepted PayPal webhook {TransmissionId}", transmissionId);
        return Ok();
    }
}
`);

const zendeskJob = build('src/Acme.Worker/Jobs/ZendeskTicketSyncJob.cs', 'csharp', t`
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Acme.Worker.Storage;
using Polly;
using Polly.Retry;
using Serilog;

namespace Acme.Worker.Jobs;

public sealed class ZendeskTicketSyncJob
{
    private readonly ILogger _log = Log.ForContext<ZendeskTicketSyncJob>();
    private readonly HttpClient _http;
    private readonly ISecretStore _secrets;
    private readonly ITicketRepository _tickets;
    private readonly AsyncRetryPolicy<HttpResponseMessage> _retry;

    public ZendeskTicketSyncJob(HttpClient http, ISecretStore secrets, ITicketRepository tickets)
    {
        _http = http;
        _secrets = secrets;
        _tickets = tickets;
        _retry = Policy
            .HandleResult<HttpResponseMessage>(r => (int)r.StatusCode == 429 || (int)r.StatusCode >= 500)
            .Or<HttpRequestException>()
            .WaitAndRetryAsync(4, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt)),
                (outcome, delay, attempt, _) =>
                    _log.Warning("Zendesk call failed (attempt {Attempt}), retrying in {Delay}", attempt, delay));
    }

    public async Task RunAsync(string subdomain, DateTimeOffset since, CancellationToken ct)
    {
        var email = await _secrets.GetAsync("zendesk/agent-email", ct);
        var apiToken = await _secrets.GetAsync("zendesk/api-token", ct);
@@S:length|        _log.Information("Starting Zendesk sync for {Subdomain} as {Email} (token length {TokenLength})", subdomain, email, apiToken.Length);

        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{email}/token:{apiToken}"));
@@S:non-log-use|        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        var url = $"https://{subdomain}.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time={since.ToUnixTimeSeconds()}";
        var total = 0;
        while (!string.IsNullOrEmpty(url))
        {
            var response = await _retry.ExecuteAsync(() => _http.GetAsync(url, ct));
            if (!response.IsSuccessStatusCode)
            {
@@L:structured-field,request-config|                _log.Error("Zendesk sync aborted with {Status}; request headers {@Headers}", response.StatusCode, _http.DefaultRequestHeaders);
                return;
            }
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            foreach (var ticket in doc.RootElement.GetProperty("tickets").EnumerateArray())
            {
                await _tickets.UpsertAsync(ticket.GetProperty("id").GetInt64(), ticket.GetRawText(), ct);
                total++;
            }
            var endOfStream = doc.RootElement.GetProperty("end_of_stream").GetBoolean();
            url = endOfStream ? null : doc.RootElement.GetProperty("after_url").GetString();
        }
@@S:count-field|        _log.Information("Zendesk sync complete: {TicketCount} tickets, {TokenRefreshes} token refreshes", total, 0);
    }

    public async Task<bool> TestConnectionAsync(string subdomain, CancellationToken ct)
    {
        var apiToken = await _secrets.GetAsync("zendesk/api-token", ct);
        var email = await _secrets.GetAsync("zendesk/agent-email", ct);
        try
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, $"https://{subdomain}.zendesk.com/api/v2/users/me.json");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes($"{email}/token:{apiToken}")));
            using var resp = await _http.SendAsync(req, ct);
@@S:secret-key-bool-value|            _log.Information("Zendesk connection test {@Result}", new { Subdomain = subdomain, TokenValid = resp.IsSuccessStatusCode, Status = (int)resp.StatusCode });
            return resp.IsSuccessStatusCode;
        }
        catch (Exception ex)
        {
@@L:interpolation,stderr,via-variable|            Console.Error.WriteLine($"Zendesk connection test failed for {email} with token {apiToken}: {ex.Message}");
            return false;
        }
    }
}
`);

const loginCommand = build('tools/Acme.AdminCli/Commands/LoginCommand.cs', 'csharp', t`
using System.CommandLine;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Acme.AdminCli.Commands;

internal sealed record TokenResponse(string access_token, string refresh_token, string token_type, int expires_in);

internal static class LoginCommand
{
    public static Command Build(ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("Acme.AdminCli.Login");
        var userOption = new Option<string>("--user", "Admin username") { IsRequired = true };
        var serverOption = new Option<string>("--server", () => "https://admin.acme.internal", "Admin API base URL");
        var verboseOption = new Option<bool>("--verbose", "Print diagnostic output");
        var cmd = new Command("login", "Sign in to the admin API") { userOption, serverOption, verboseOption };

        cmd.SetHandler(async (string user, string server, bool verbose) =>
        {
            var envPassword = Environment.GetEnvironmentVariable("ACME_ADMIN_PASSWORD");
            var password = envPassword ?? ReadPassword("Password: ");
            if (verbose)
            {
@@S:bool|                Console.WriteLine($"Password from environment: {envPassword is not null}");
            }
            var token = await AuthenticateAsync(logger, server, user, password, verbose);
            if (token is null)
            {
                Environment.ExitCode = 1;
                return;
            }
            var path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".acme", "admin-token.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(token));
@@S:token-type|            Console.WriteLine($"Logged in as {user}. {token.token_type} token valid for {token.expires_in / 60} minutes.");
@@S:hashed|            logger.LogDebug("Cached token fingerprint {Fingerprint}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.access_token)))[..12]);
        }, userOption, serverOption, verboseOption);
        return cmd;
    }

    private static async Task<TokenResponse?> AuthenticateAsync(ILogger logger, string server, string user, string password, bool verbose)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server), Timeout = TimeSpan.FromSeconds(15) };
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = user,
            ["password"] = password,
            ["client_id"] = "acme-admin-cli",
        };
        if (verbose)
        {
@@L:serialized-object,via-param|            logger.LogDebug("POST /oauth/token {Form}", JsonSerializer.Serialize(form));
        }
        try
        {
            var resp = await http.PostAsync("/oauth/token", new FormUrlEncodedContent(form));
            if (!resp.IsSuccessStatusCode)
            {
@@S:mentions-word-only|                Console.Error.WriteLine($"Login failed for {user}: invalid password or MFA required ({(int)resp.StatusCode}).");
                return null;
            }
            var token = await resp.Content.ReadFromJsonAsync<TokenResponse>();
@@L:structured-field,direct|            logger.LogInformation("Authenticated {User}, refresh token {RefreshToken}", user, token!.refresh_token);
            return token;
        }
        catch (HttpRequestException ex)
        {
            logger.LogError(ex, "Could not reach {Server}", server);
            return null;
        }
    }

    private static string ReadPassword(string prompt)
    {
        Console.Write(prompt);
        var sb = new StringBuilder();
        ConsoleKeyInfo key;
        while ((key = Console.ReadKey(intercept: true)).Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && sb.Length > 0)
            {
                sb.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                sb.Append(key.KeyChar);
            }
        }
        Console.WriteLine();
        return sb.ToString();
    }
}
`);

export default [paypalWebhook, zendeskJob, loginCommand];
