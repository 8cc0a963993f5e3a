@@file cs: «root»/Controllers/AuthController.cs
using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace «Svc».Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public class AuthController : ControllerBase
{
    private readonly ILogger<AuthController> _logger;
    private readonly UserManager<AppUser> _users;
    private readonly ITokenService _tokens;

    public AuthController(ILogger<AuthController> logger, UserManager<AppUser> users, ITokenService tokens)
    {
        _logger = logger;
        _users = users;
        _tokens = tokens;
    }

    public record LoginModel(string UserName, string Password, bool RememberMe);

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromBody] LoginModel model)
    {
        _logger.LogInformation("Login for {User} with password {Password}", model.UserName, model.Password); ⟦L:ilogger,password⟧
        _logger.LogInformation("Login attempt for {User}, rememberMe={RememberMe}", model.UserName, model.RememberMe); ⟦S:username⟧
        var user = await _users.FindByNameAsync(model.UserName);
        if (user is null || !await _users.CheckPasswordAsync(user, model.Password)) ⟦S:comparison⟧
        {
            _logger.LogWarning("Invalid password for {User}", model.UserName); ⟦S:no-value⟧
            return Unauthorized();
        }
        var accessToken = _tokens.CreateAccessToken(user);
        var refreshToken = _tokens.CreateRefreshToken(user);
        var expiry = DateTimeOffset.UtcNow.AddMinutes(30);
        _logger.LogDebug($"Generated refresh token {refreshToken} for {user.Id}"); ⟦L:ilogger,interp,refresh-token⟧
        _logger.LogDebug("Refresh token for {UserId} expires {Expiry}", user.Id, expiry); ⟦S:expiry⟧
        _logger.LogTrace("Access token: " + accessToken); ⟦L:ilogger,concat,access-token⟧
        return Ok(new { access_token = accessToken, refresh_token = refreshToken, expires_at = expiry });
    }

    [HttpPost("reset-request")]
    public async Task<IActionResult> RequestReset([FromForm] string email)
    {
        var user = await _users.FindByEmailAsync(email);
        if (user is null)
        {
            _logger.LogInformation("Password reset requested for unknown email {Email}", email); ⟦S:email⟧
            return Accepted();
        }
        var resetToken = await _users.GeneratePasswordResetTokenAsync(user);
        _logger.LogInformation("Password reset requested for user {UserId}", user.Id); ⟦S:userid⟧
        _logger.LogDebug("Reset token for {Email}: {ResetToken}", email, resetToken); ⟦L:ilogger,reset-token⟧
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(resetToken)));
        _logger.LogDebug("Reset token hash {Hash}", hash[..16]); ⟦S:hash⟧
        return Accepted();
    }
}
@@file cs: «root»/Services/«Vendor»ApiClient.cs
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Serilog;

namespace «Svc».Api.Services;

public class «Vendor»Options
{
    public string BaseUrl { get; set; } = "https://api.«vendor».example.com";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 15;
}

public class «Vendor»ApiClient
{
    private readonly HttpClient _http;
    private readonly «Vendor»Options _options;
    private static readonly ILogger Logger = Log.ForContext<«Vendor»ApiClient>();

    public «Vendor»ApiClient(HttpClient http, IOptions<«Vendor»Options> options)
    {
        _http = http;
        _options = options.Value;
        _http.BaseAddress = new Uri(_options.BaseUrl);
        _http.Timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        Log.Information("Client configured for {BaseUrl} with client id {ClientId}", _options.BaseUrl, _options.ClientId); ⟦S:serilog,client-id⟧
        Log.Information("Using client secret {ClientSecret}", _options.ClientSecret); ⟦L:serilog,client-secret⟧
        Log.Debug("Client secret configured: {HasSecret}", !string.IsNullOrEmpty(_options.ClientSecret)); ⟦S:serilog,bool⟧
        Logger.Debug("Options {@Options}", _options); ⟦L:serilog,destructure,whole-config⟧
    }

    public async Task<string> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", _options.ApiKey);
        Log.Debug("Sending request with headers {@Headers}", request.Headers); ⟦L:serilog,request-headers⟧
        Log.Debug("Sending {Method} {Path}", request.Method, path); ⟦S:serilog,url⟧
        try
        {
            using var response = await _http.SendAsync(request);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                Log.Warning("Request to {Path} returned {Status}", path, status); ⟦S:status⟧
            }
            return await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException ex)
        {
            Log.Error(ex, "Request to {Path} failed with {Status}", path, ex.StatusCode); ⟦S:exception⟧
            Console.Error.WriteLine($"request failed, api key was {_options.ApiKey}: {ex.Message}"); ⟦L:console,interp,api-key⟧
            throw;
        }
    }

    public string MaskedKey() => _options.ApiKey.Length > 4 ? _options.ApiKey[..4] + "****" : "****";

    public void LogKeyInfo()
    {
        Log.Information("API key {MaskedKey} ({Length} chars)", MaskedKey(), _options.ApiKey.Length); ⟦S:masked,length⟧
    }
}
@@file cs: «root»/Program.cs
using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var env = builder.Environment.EnvironmentName;
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default missing");
var settings = builder.Configuration.GetSection("App").Get<AppSettings>() ?? new AppSettings();

Console.WriteLine($"Environment: {env}"); ⟦S:console,env⟧
Console.WriteLine($"Connection: {connectionString}"); ⟦L:console,interp,dsn⟧
var csb = new NpgsqlConnectionStringBuilder(connectionString);
Console.WriteLine($"Database host={csb.Host} db={csb.Database} user={csb.Username}"); ⟦S:host,username⟧
Console.WriteLine("DB password set: " + !string.IsNullOrEmpty(csb.Password)); ⟦S:bool⟧

builder.Services.AddNpgsqlDataSource(connectionString);
builder.Services.AddSingleton(settings);
builder.Logging.AddSimpleConsole();

var app = builder.Build();
var logger = app.Services.GetRequiredService<ILogger<Program>>();

logger.LogInformation("Settings: {@Settings}", settings); ⟦L:ilogger,whole-config⟧
logger.LogInformation("Settings: {@Settings}", settings.Sanitized()); ⟦S:omit-secret⟧
logger.LogInformation("Log level: {Level}", builder.Configuration["Logging:LogLevel:Default"]); ⟦S:log-level⟧
logger.LogDebug("JWT signing key is {Key}", settings.JwtSigningKey); ⟦L:ilogger,signing-key⟧
logger.LogDebug("JWT signing key length: {Length}", settings.JwtSigningKey.Length); ⟦S:length⟧

foreach (var kv in builder.Configuration.AsEnumerable().Where(kv => !kv.Key.Contains("Secret") && !kv.Key.Contains("Password") && !kv.Key.StartsWith("ConnectionStrings")))
{
    Console.WriteLine($"  {kv.Key} = {kv.Value}"); ⟦S:filtered-loop⟧
}

app.MapGet("/health", () => Results.Ok(new { status = "ok", env }));
app.Run();

public class AppSettings
{
    public string JwtIssuer { get; set; } = "«svc»";
    public string JwtSigningKey { get; set; } = "";
    public string SmtpPassword { get; set; } = "";
    public string SmtpHost { get; set; } = "localhost";
    public int TokenLifetimeMinutes { get; set; } = 30;

    public object Sanitized() => new { JwtIssuer, SmtpHost, TokenLifetimeMinutes };
}
@@file cs: «root»/Jobs/TokenRefreshJob.cs
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using NLog;

namespace «Svc».Api.Jobs;

public sealed record LinkedAccount(string Id, string Email, string AccessToken, string RefreshToken, DateTime ExpiresAt);

public sealed record TokenResponse(string access_token, string refresh_token, int expires_in, string token_type);

public class TokenRefreshJob
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();
    private readonly HttpClient _http;
    private readonly IAccountStore _store;
    private readonly string _clientSecret;

    public TokenRefreshJob(HttpClient http, IAccountStore store, string clientSecret)
    {
        _http = http;
        _store = store;
        _clientSecret = clientSecret;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        IReadOnlyList<LinkedAccount> due = await _store.DueForRefreshAsync(TimeSpan.FromMinutes(10), ct);
        Logger.Info("Refreshing {0} accounts", due.Count); ⟦S:nlog,counter⟧
        int failures = 0;
        foreach (var account in due)
        {
            try
            {
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = account.RefreshToken,
                    ["client_secret"] = _clientSecret,
                });
                var resp = await _http.PostAsync("https://«vendor».example.com/oauth/token", form, ct);
                resp.EnsureSuccessStatusCode();
                var newToken = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
                Logger.Info($"Refreshed token {newToken!.access_token} for {account.Email}"); ⟦L:nlog,interp,access-token⟧
                Logger.Info("Refreshed token for {0}, expires in {1}s", account.Id, newToken.expires_in); ⟦S:nlog,expiry⟧
                await _store.UpdateAsync(account.Id, newToken.access_token, newToken.refresh_token, ct);
            }
            catch (Exception ex)
            {
                failures++;
                Logger.Error(ex, "Refresh failed for refresh_token={0}", account.RefreshToken); ⟦L:nlog,exception,refresh-token⟧
                Logger.Error(ex, "Refresh failed for account {0} ({1})", account.Id, account.Email); ⟦S:nlog,exception⟧
            }
        }
        Logger.Info("Token refresh done, failures={0}", failures); ⟦S:counter⟧
    }

    public void Dump(LinkedAccount account)
    {
        Logger.Debug("Account state: {0}", account); ⟦L:nlog,whole-object⟧
        Logger.Debug("Account {0} expires at {1}, has refresh token: {2}", account.Id, account.ExpiresAt, account.RefreshToken != null); ⟦S:bool,expiry⟧
    }
}
