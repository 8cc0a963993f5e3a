import { source } from './builder.mjs';

const accountController = source('Acme.Platform/src/Acme.Api/Controllers/AccountController.cs', 'csharp', String.raw`
using Acme.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Acme.Api.Controllers;

public record RegisterRequest(string Email, string Password, string DisplayName);

public record LoginRequest(string Email, string Password);

public record ChangePasswordRequest(string CurrentPassword, string NewPassword);

[ApiController]
[Route("api/[controller]")]
public class AccountController : ControllerBase
{
    private readonly ILogger<AccountController> _logger;
    private readonly IUserService _users;
    private readonly ITokenService _tokens;

    public AccountController(ILogger<AccountController> logger, IUserService users, ITokenService tokens)
    {
        _logger = logger;
        _users = users;
        _tokens = tokens;
    }

    [HttpPost("register")]
    [AllowAnonymous]
    public async Task<IActionResult> Register([FromBody] RegisterRequest request)
    {
        _logger.LogInformation("Registering account for {Email}", request.Email);
        _logger.LogDebug("Register payload: {@Request}", request); ⟦L:object⟧
        if (request.Password.Length < 12)
        {
            _logger.LogWarning("Weak password rejected for {Email} (length {Length})", request.Email, request.Password.Length);
            return BadRequest(new { error = "weak_password" });
        }

        var user = await _users.CreateAsync(request.Email, request.DisplayName, request.Password);
        _logger.LogInformation("Created user {UserId}", user.Id); ⟦S:id⟧
        return CreatedAtAction(nameof(WhoAmI), new { id = user.Id }, new { id = user.Id });
    }

    [HttpPost("login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login([FromBody] LoginRequest request)
    {
        var user = await _users.FindByEmailAsync(request.Email);
        if (user is null || !_users.VerifyPassword(user, request.Password))
        {
            _logger.LogWarning("Invalid password for user {Email}", request.Email); ⟦S:event⟧
            return Unauthorized();
        }

        var token = _tokens.CreateAccessToken(user);
        _logger.LogInformation( ⟦S:token-type⟧
            "Issued {TokenType} token for {UserId}, expires {ExpiresAt}", ⟦+⟧
            token.Type, ⟦+⟧
            user.Id, ⟦+⟧
            token.ExpiresAt); ⟦+⟧
        return Ok(new { access_token = token.Value, token_type = token.Type, expires_at = token.ExpiresAt });
    }

    [HttpPost("change-password")]
    [Authorize]
    public async Task<IActionResult> ChangePassword([FromBody] ChangePasswordRequest request)
    {
        var userId = User.FindFirst("sub")?.Value ?? "unknown";
        using var scope = _logger.BeginScope(new Dictionary<string, object>
        {
            ["UserId"] = userId,
            ["RequestId"] = HttpContext.TraceIdentifier,
        });
        if (!await _users.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword))
        {
            _logger.LogWarning($"Password change failed for {userId}: current password '{request.CurrentPassword}' did not match"); ⟦L:template⟧
            return BadRequest(new { error = "password_mismatch" });
        }

        _logger.LogInformation("Password changed");
        return NoContent();
    }

    [HttpGet("whoami")]
    [Authorize]
    public IActionResult WhoAmI()
    {
        var headers = Request.Headers
            .Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                        && !h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString());
        _logger.LogDebug("whoami headers {@Headers}", headers); ⟦S:redacted-headers⟧
        var hasBearer = Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal);
        _logger.LogDebug("whoami bearer present: {HasBearer}", hasBearer);
        return Ok(new { sub = User.FindFirst("sub")?.Value, name = User.Identity?.Name });
    }
}
`);

const invoiceExportJob = source('Acme.Platform/src/Acme.Worker/Jobs/InvoiceExportJob.cs', 'csharp', String.raw`
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Serilog;
using Serilog.Context;

namespace Acme.Worker.Jobs;

public sealed class InvoiceExportOptions
{
    public string SftpHost { get; set; } = "";
    public string SftpUser { get; set; } = "";
    public string SftpPassword { get; set; } = "";
    public string AccountingApiUrl { get; set; } = "";
    public string AccountingApiKey { get; set; } = "";
}

public class InvoiceExportJob
{
    private readonly ILogger _log = Log.ForContext<InvoiceExportJob>();
    private readonly InvoiceExportOptions _options;
    private readonly HttpClient _http;
    private readonly IInvoiceRepository _invoices;
    private readonly ISftpUploader _sftp;

    public InvoiceExportJob(InvoiceExportOptions options, HttpClient http, IInvoiceRepository invoices, ISftpUploader sftp)
    {
        _options = options;
        _http = http;
        _invoices = invoices;
        _sftp = sftp;
        _http.BaseAddress = new Uri(options.AccountingApiUrl);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.AccountingApiKey);
    }

    public async Task RunAsync(DateOnly period, CancellationToken ct)
    {
        using (LogContext.PushProperty("Period", period.ToString("yyyy-MM")))
        {
            var sw = Stopwatch.StartNew();
            _log.Information("Starting invoice export to {Host}", _options.SftpHost);
            _log.Debug("Export options {@Options}", _options); ⟦L:object⟧

            var invoices = await _invoices.ListForPeriodAsync(period, ct);
            _log.Information("Found {Count} invoices", invoices.Count); ⟦S:count⟧
            if (invoices.Count == 0)
            {
                return;
            }

            var fileName = $"invoices-{period:yyyy-MM}.json";
            await using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(invoices));
            try
            {
                await _sftp.UploadAsync(_options.SftpHost, _options.SftpUser, _options.SftpPassword, fileName, stream, ct); ⟦S:non-log-use⟧
                _log.Information("Uploaded {File} to {Host}", fileName, _options.SftpHost);
            }
            catch (SftpAuthenticationException ex)
            {
                _log.Error(ex, ⟦L:structured⟧
                    "SFTP login failed for {User} with password {Password}", ⟦+⟧
                    _options.SftpUser, ⟦+⟧
                    _options.SftpPassword); ⟦+⟧
                throw;
            }

            var body = JsonSerializer.Serialize(new { period = period.ToString("yyyy-MM"), file = fileName });
            var response = await _http.PostAsync("/v1/exports", new StringContent(body, Encoding.UTF8, "application/json"), ct);
            _log.Information("Accounting API responded {StatusCode} after {Elapsed} ms", (int)response.StatusCode, sw.ElapsedMilliseconds); ⟦S:status⟧
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                _log.Warning("Accounting API key {KeyPrefix}… was rejected", _options.AccountingApiKey[..4]); ⟦S:truncated⟧
                throw new InvalidOperationException("Accounting API rejected credentials");
            }

            _log.Information("Export finished in {Elapsed}", sw.Elapsed);
        }
    }

    public void RotateApiKey(string newApiKey)
    {
        _options.AccountingApiKey = newApiKey;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", newApiKey);
        _log.Information("Accounting API key rotated ({Length} chars)", newApiKey.Length);
    }
}
`);

const blobStorageClient = source('Acme.Platform/src/Acme.Infrastructure/Storage/BlobStorageClient.cs', 'csharp', String.raw`
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using NLog;

namespace Acme.Infrastructure.Storage;

public class StorageException : Exception
{
    public StorageException(string message) : base(message) { }
}

public class BlobStorageClient
{
    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

    private readonly string _accountName;
    private readonly string _accountKey;
    private readonly string _connectionString;
    private readonly HttpClient _http;

    public BlobStorageClient(IConfiguration configuration, HttpClient http)
    {
        _accountName = configuration["Storage:AccountName"] ?? throw new ArgumentException("Storage:AccountName missing");
        _accountKey = configuration["Storage:AccountKey"] ?? throw new ArgumentException("Storage:AccountKey missing");
        _connectionString = $"DefaultEndpointsProtocol=https;AccountName={_accountName};AccountKey={_accountKey};EndpointSuffix=core.windows.net";
        _http = http;
        Logger.Info("Blob storage client for account {AccountName}", _accountName);
        Logger.Debug("Using connection string {ConnectionString}", _connectionString); ⟦L:structured,alias⟧
        Logger.Debug("Account key hash {KeyHash}", Hash(_accountKey)); ⟦S:hashed⟧
    }

    public string ConnectionString => _connectionString;

    private static string Hash(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];

    public void Validate()
    {
        try
        {
            _ = Convert.FromBase64String(_accountKey);
        }
        catch (FormatException)
        {
            var error = new InvalidOperationException("Storage account key is not valid base64: " + _accountKey);
            Logger.Error(error, "Storage configuration invalid"); ⟦L:exception⟧
            throw error;
        }
        Logger.Info("Storage configuration valid (key length {KeyLength})", _accountKey.Length);
    }

    public async Task UploadAsync(string container, string blobName, byte[] content, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        var request = new HttpRequestMessage(HttpMethod.Put, $"https://{_accountName}.blob.core.windows.net/{container}/{blobName}")
        {
            Content = new ByteArrayContent(content),
        };
        request.Headers.Add("x-ms-date", DateTime.UtcNow.ToString("R"));
        request.Headers.Add("x-ms-version", "2023-11-03");
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        var signature = Sign(request, container, blobName, content.Length);
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{_accountName}:{signature}");
        Logger.Trace("Signed PUT for {Container}/{Blob}", container, blobName);

        var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            Logger.Error("Upload of {Blob} failed with {Status} after {Elapsed} ms", blobName, (int)response.StatusCode, sw.ElapsedMilliseconds);
            throw new StorageException($"Upload failed: {response.StatusCode}");
        }
        Logger.Info("Uploaded {Container}/{Blob} ({Bytes} bytes) in {Elapsed} ms", container, blobName, content.Length, sw.ElapsedMilliseconds);
    }

    public string CreateReadSas(string container, TimeSpan ttl)
    {
        var expiry = DateTimeOffset.UtcNow.Add(ttl);
        var sig = SignSas(container, expiry);
        Logger.Info("Issued read-only SAS (sp=r) for {Container} expiring {Expiry}", container, expiry); ⟦S:scope⟧
        return $"sv=2023-11-03&sr=c&sp=r&se={Uri.EscapeDataString(expiry.ToString("o"))}&sig={Uri.EscapeDataString(sig)}";
    }

    private string Sign(HttpRequestMessage request, string container, string blob, long length)
    {
        var date = request.Headers.GetValues("x-ms-date").First();
        var canonical = $"PUT\n\n\n{length}\n\n\n\n\n\n\n\n\nx-ms-blob-type:BlockBlob\nx-ms-date:{date}\nx-ms-version:2023-11-03\n/{_accountName}/{container}/{blob}";
        using var hmac = new HMACSHA256(Convert.FromBase64String(_accountKey)); ⟦S:non-log-use⟧
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));
    }

    private string SignSas(string container, DateTimeOffset expiry)
    {
        var toSign = $"r\n\n{expiry:o}\n/blob/{_accountName}/{container}\n\n\n\n2023-11-03\nc\n\n\n\n\n\n";
        using var hmac = new HMACSHA256(Convert.FromBase64String(_accountKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
    }
}
`);

const cliProgram = source('acme-cli-dotnet/tools/Acme.Cli/Program.cs', 'csharp', String.raw`
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Acme.Cli;

internal static class Program
{
    private static readonly string TokenPath = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".acme", "token");

    private record TokenResponse(string AccessToken, string TokenType, string[] Scopes);

    private static async Task<int> Main(string[] args)
    {
        var apiUrl = Environment.GetEnvironmentVariable("ACME_API_URL") ?? "https://api.acme.example";
        var verbose = args.Contains("--verbose");
        var command = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "status";

        if (command == "login")
        {
            return await Login(apiUrl);
        }

        var apiToken = Environment.GetEnvironmentVariable("ACME_API_TOKEN") ?? ReadSavedToken();
        if (string.IsNullOrEmpty(apiToken))
        {
            Console.Error.WriteLine("No API token found. Run 'acme login' first."); ⟦S:event⟧
            return 1;
        }
        Debug.WriteLine(apiToken); ⟦L:direct,alias⟧
        Console.WriteLine($"Using API at {apiUrl} (token: {Mask(apiToken)})"); ⟦S:masked⟧

        using var http = new HttpClient { BaseAddress = new Uri(apiUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("acme-cli/1.4");

        return command switch
        {
            "status" => await Status(http, verbose),
            "projects" => await Projects(http),
            _ => Usage(),
        };
    }

    private static async Task<int> Status(HttpClient http, bool verbose)
    {
        var sw = Stopwatch.StartNew();
        var response = await http.GetAsync("/v1/status");
        Console.WriteLine($"GET /v1/status -> {(int)response.StatusCode} ({sw.ElapsedMilliseconds} ms)");
        if (verbose)
        {
            Console.WriteLine("Request headers:\n" + http.DefaultRequestHeaders); ⟦L:object⟧
        }
        return response.IsSuccessStatusCode ? 0 : 2;
    }

    private static async Task<int> Projects(HttpClient http)
    {
        var projects = await http.GetFromJsonAsync<List<string>>("/v1/projects") ?? new List<string>();
        foreach (var p in projects)
        {
            Console.WriteLine($"  {p}");
        }
        Console.WriteLine($"{projects.Count} projects");
        return 0;
    }

    private static async Task<int> Login(string apiUrl)
    {
        Console.Write("Username: ");
        var username = Console.ReadLine() ?? "";
        Console.Write("Password: ");
        var password = ReadPassword();
        Debug.WriteLine("login password length: " + password.Length);

        using var http = new HttpClient { BaseAddress = new Uri(apiUrl) };
        var response = await http.PostAsJsonAsync("/v1/auth/token", new { username, password }); ⟦S:non-log-use⟧
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine("Login failed for {0}: HTTP {1}", username, (int)response.StatusCode);
            return 1;
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Console.WriteLine("Logged in. Token type: {0}, scopes: {1}", token!.TokenType, string.Join(",", token.Scopes)); ⟦S:token-type⟧
        Directory.CreateDirectory(Path.GetDirectoryName(TokenPath)!);
        await File.WriteAllTextAsync(TokenPath, token.AccessToken);
        Console.WriteLine($"Token saved to {TokenPath}"); ⟦S:path⟧
        return 0;
    }

    private static string? ReadSavedToken() => File.Exists(TokenPath) ? File.ReadAllText(TokenPath).Trim() : null;

    private static string Mask(string value) =>
        value.Length <= 4 ? "****" : new string('*', value.Length - 4) + value[^4..];

    private static string ReadPassword()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return sb.ToString();
            }
            if (key.Key == ConsoleKey.Backspace && sb.Length > 0)
            {
                sb.Length--;
                continue;
            }
            sb.Append(key.KeyChar);
        }
    }

    private static int Usage()
    {
        Console.WriteLine("usage: acme [login|status|projects] [--verbose]");
        return 64;
    }
}
`);

export default [accountController, invoiceExportJob, blobStorageClient, cliProgram];
