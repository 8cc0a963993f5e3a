// ASP.NET Core API: appsettings, Program.cs, an email sender service.
export default function dotnet({ t, S, R }) {
  const sqlPw = S.password('db-password');
  const jwtKey = S.b64Secret(44, 'jwt-signing-secret');
  const azure = S.azureKey();
  const sg = S.sendgrid();
  const files = [];

  files.push({ path: 'Inventory.Api/appsettings.Development.json', text: t`
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning",
      "Microsoft.EntityFrameworkCore.Database.Command": "Information"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
@@S:db-connection-string#default-config|    "Inventory": "Server=tcp:inventory-dev.database.windows.net,1433;Initial Catalog=inventory;User ID=inventory_app;Password=${sqlPw};Encrypt=True;TrustServerCertificate=False;",
@@N:documented-example|    "LocalStorage": "UseDevelopmentStorage=true",
@@S:azure-storage-key#default-config|    "Blobs": "DefaultEndpointsProtocol=https;AccountName=inventorydevassets;AccountKey=${azure};EndpointSuffix=core.windows.net",
    "Redis": "localhost:6379,abortConnect=false"
  },
  "Jwt": {
    "Issuer": "https://inventory-dev.contoso.example",
    "Audience": "inventory-api",
@@S:jwt-signing-secret#default-config|    "Key": "${jwtKey}",
    "AccessTokenMinutes": 30
  },
  "Email": {
    "Provider": "SendGrid",
    "FromAddress": "inventory-noreply@contoso.example",
    "FromName": "Inventory",
@@N:config-key-name|    "ApiKeySecretName": "sendgrid-api-key"
  },
  "KeyVault": {
    "Enabled": false,
    "Uri": "https://inventory-dev-kv.vault.azure.net/"
  },
  "FeatureManagement": {
    "BulkImport": true,
    "BarcodeScanner": false,
    "LowStockAlerts": true
  },
  "RateLimiting": {
    "PermitLimit": 100,
    "WindowSeconds": 60,
    "QueueLimit": 10
  },
  "Cors": {
    "AllowedOrigins": [
      "http://localhost:5173",
      "https://inventory-dev.contoso.example"
    ]
  },
  "Telemetry": {
@@N:uuid|    "ApplicationInsightsInstrumentationKey": "${R.uuid()}",
    "SamplingPercentage": 100
  },
  "HealthChecks": {
    "Enabled": true,
    "Path": "/health"
  }
}
` });

  files.push({ path: 'Inventory.Api/Program.cs', text: t`
using System.Text;
using Azure.Identity;
using Inventory.Api.Data;
using Inventory.Api.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

if (builder.Configuration.GetValue<bool>("KeyVault:Enabled"))
{
    var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"]!);
@@N:vault-read|    builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());
}

// dotnet user-secrets set "Jwt:Key" "<value>" for local development
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

builder.Services.AddDbContext<InventoryDbContext>(options =>
@@N:config-read|    options.UseSqlServer(builder.Configuration.GetConnectionString("Inventory")));

@@N:config-read|var jwtKey = builder.Configuration["Jwt:Key"]
@@N:error-string|    ?? throw new InvalidOperationException("Jwt:Key is not configured. Set it with user-secrets or the JWT__KEY environment variable.");

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ValidIssuer = builder.Configuration["Jwt:Issuer"],
            ValidAudience = builder.Configuration["Jwt:Audience"],
@@N:builder-variable|            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)),
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    });

builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("inventory:write", p => p.RequireClaim("scope", "inventory:write"));
});

builder.Services.AddSingleton<IEmailSender, SendGridEmailSender>();
builder.Services.AddScoped<IStockService, StockService>();
builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddHealthChecks().AddDbContextCheck<InventoryDbContext>();

@@N:env-read|var redis = Environment.GetEnvironmentVariable("REDIS_CONNECTION") ?? builder.Configuration.GetConnectionString("Redis");
builder.Services.AddStackExchangeRedisCache(o => o.Configuration = redis);

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/health");

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
    await db.Database.MigrateAsync();
}

app.Run();

public partial class Program { }
` });

  files.push({ path: 'Inventory.Api/Services/SendGridEmailSender.cs', text: t`
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Services;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string html, CancellationToken ct = default);
}

public sealed class EmailOptions
{
    public string FromAddress { get; set; } = "";
    public string FromName { get; set; } = "";
@@N:getter-setter|    public string? ApiKey { get; set; }
}

public sealed class SendGridEmailSender : IEmailSender
{
@@N:env-var-name|    private const string ApiKeyEnvVar = "SENDGRID_API_KEY";
    // Key for the "inventory-alerts" sender; rotate in the SendGrid console.
@@S:sendgrid-api-key#constant-default|    private const string FallbackApiKey = "${sg}";

    private readonly HttpClient _http;
    private readonly EmailOptions _options;
    private readonly ILogger<SendGridEmailSender> _logger;

    public SendGridEmailSender(IHttpClientFactory factory, IOptions<EmailOptions> options, ILogger<SendGridEmailSender> logger)
    {
        _http = factory.CreateClient("sendgrid");
        _http.BaseAddress = new Uri("https://api.sendgrid.com/");
        _options = options.Value;
        _logger = logger;

@@N:variable-assignment|        var apiKey = _options.ApiKey
@@N:env-read|            ?? Environment.GetEnvironmentVariable(ApiKeyEnvVar)
            ?? FallbackApiKey;
@@N:builder-variable|        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task SendAsync(string to, string subject, string html, CancellationToken ct = default)
    {
        var payload = new
        {
            personalizations = new[] { new { to = new[] { new { email = to } } } },
            from = new { email = _options.FromAddress, name = _options.FromName },
            subject,
            content = new[] { new { type = "text/html", value = html } },
        };

        using var response = await _http.PostAsJsonAsync("v3/mail/send", payload, ct);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            _logger.LogError("SendGrid returned {Status}: {Body}", (int)response.StatusCode, body);
            throw new HttpRequestException($"SendGrid send failed with {(int)response.StatusCode}");
        }

        _logger.LogInformation("Sent '{Subject}' to {Recipient}", subject, to);
    }
}
` });
  return files;
}
