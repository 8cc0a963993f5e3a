using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Serilog;

public class AccountController
{
    private readonly ILogger<AccountController> _logger;
    private const string DefaultPassword = "changeme";

    public void Login(string userName, string password)
    {
        _logger.LogInformation("Login attempt for {User}", userName);
        _logger.LogInformation("Login attempt for {User} with {Password}", userName, password);
        _logger.LogDebug($"credentials {userName}:{password}");
        Console.WriteLine("password length " + password.Length);
        Console.WriteLine("password " + password);
        var hashed = BCrypt.Net.BCrypt.HashPassword(password);
        _logger.LogDebug("hash {Hash}", hashed);
        _logger.LogDebug("default {Pw}", DefaultPassword);
        Debug.WriteLine("login: " + userName);
        Trace.TraceInformation("pw={0}", password);
    }

    public void Headers(HttpRequest request)
    {
        var auth = request.Headers["Authorization"];
        _logger.LogWarning("auth header {Auth}", auth);
        var agent = request.Headers["User-Agent"];
        _logger.LogWarning("agent {Agent}", agent);
        _logger.LogTrace("headers {@Headers}", request.Headers);
    }

    public void Env()
    {
        Console.WriteLine(Environment.GetEnvironmentVariables());
        Console.WriteLine(Environment.GetEnvironmentVariable("PATH"));
        var connectionString = Environment.GetEnvironmentVariable("DB_CONNECTION_STRING");
        Log.Information("connecting with {Conn}", connectionString);
        Log.Information("connecting, configured: {Set}", !string.IsNullOrEmpty(connectionString));
    }

    public void Tokens(string accessToken, string tokenType, string secretName)
    {
        Log.Information("token type {Type}", tokenType);
        Log.Information("secret name {Name}", secretName);
        Log.Information("token {Token}", accessToken);
        var context = new { User = "bob", AccessToken = accessToken };
        Log.Information("ctx {@Ctx}", context);
        Log.ForContext("access_token", accessToken).Information("x");
        var shortToken = accessToken.Substring(0, 4);
        Log.Information("token prefix {P}", shortToken);
    }

    private void Emit(string value)
    {
        Console.Error.WriteLine(value);
    }

    public void Relay(string apiKey)
    {
        Emit(apiKey);
    }
}
