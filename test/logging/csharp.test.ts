import { runCases } from "./cases.js";

const wrap = (body: string): string => `class A {\n  private readonly ILogger<A> _logger;\n  void M(string password, string user) {\n${body}\n  }\n}\n`;

runCases("csharp", [
  { name: "ILogger message template", code: wrap(`    _logger.LogInformation("Login {User} {Pw}", user, password);`), flag: ["password"] },
  { name: "interpolated string", code: wrap(`    _logger.LogDebug($"pw {password}");`), flag: ["password"] },
  { name: "Console", code: wrap(`    Console.WriteLine("pw " + password);\n    Console.Error.WriteLine(password);`), flag: ["password", "password"] },
  { name: "Debug and Trace", code: wrap(`    Debug.WriteLine(password);\n    Trace.TraceWarning("{0}", password);`), flag: ["password", "password"] },
  { name: "Serilog static Log", code: wrap(`    Log.Warning("token {T}", token);`), flag: ["token"] },
  { name: "Serilog ForContext", code: wrap(`    Log.ForContext("api_key", key).Information("x");`), flag: ["key"] },
  { name: "anonymous object flow", code: wrap(`    var ctx = new { User = user, Secret = password };\n    _logger.LogInformation("{@Ctx}", ctx);`), flag: ["ctx"] },
  { name: "headers", code: wrap(`    _logger.LogInformation("{H}", Request.Headers);\n    _logger.LogInformation("{A}", Request.Headers["Authorization"]);\n    _logger.LogInformation("{A}", Request.Headers["Accept"]);`), flag: ["Request.Headers", "Request.Headers[\"Authorization\"]"] },
  { name: "environment", code: wrap(`    Console.WriteLine(Environment.GetEnvironmentVariables());\n    Console.WriteLine(Environment.GetEnvironmentVariable("API_KEY"));\n    Console.WriteLine(Environment.GetEnvironmentVariable("PATH"));`), flag: ["Environment.GetEnvironmentVariables()", "Environment.GetEnvironmentVariable(\"API_KEY\")"] },
  { name: "hash and presence", code: wrap(`    _logger.LogInformation("{H}", BCrypt.HashPassword(password));\n    _logger.LogInformation("{P}", !string.IsNullOrEmpty(password));\n    _logger.LogInformation("{L}", password.Length);`), flag: [] },
  { name: "string.Format alone is not a sink", code: wrap(`    var s = string.Format("{0}", password);`), flag: [] },
  { name: "metadata names", code: wrap(`    _logger.LogInformation("{A} {B}", tokenType, secretName);`), flag: [] },
  { name: "const field", code: `class A {\n  private const string Password = "changeme";\n  void M() { Console.WriteLine(Password); }\n}\n`, flag: [] },
]);

runCases("csharp", [
  { name: "a Basic credential encoded from id:secret", code: wrap(`    var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));\n    _logger.LogError("token request failed; basic {Basic}", basic);`), flag: ["basic"] },
  { name: "a form dictionary holding the password, serialized", code: wrap(`    var form = new Dictionary<string, string>\n    {\n      ["username"] = user,\n      ["password"] = password,\n    };\n    _logger.LogDebug("POST {Form}", JsonSerializer.Serialize(form));`), flag: ["JsonSerializer.Serialize(form)"] },
  { name: "a dictionary without secrets, serialized", code: wrap(`    var form = new Dictionary<string, string> { ["username"] = user, ["grant_type"] = "password" };\n    _logger.LogDebug("POST {Form}", JsonSerializer.Serialize(form));`), flag: [] },
]);

runCases("csharp", [
  { name: "an options field declared without a value, whose password the class reads", code: `class Job {\n  private readonly ExportOptions _options;\n  private readonly ILogger _log;\n  public Job(ExportOptions options) { _options = options; }\n  public void Run() {\n    _log.Debug("Export options {@Options}", _options);\n    Upload(_options.SftpHost, _options.SftpPassword);\n  }\n}\n`, flag: ["_options"] },
  { name: "default request headers after an Authorization header was set on them", code: wrap(`    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", password);\n    Console.WriteLine("Request headers:\\n" + http.DefaultRequestHeaders);`), flag: ["http.DefaultRequestHeaders"] },
  { name: "default request headers with only a user agent", code: wrap(`    http.DefaultRequestHeaders.UserAgent.ParseAdd("acme-cli/1.4");\n    Console.WriteLine("Request headers:\\n" + http.DefaultRequestHeaders);`), flag: [] },
]);
