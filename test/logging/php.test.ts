import { runCases } from "./cases.js";

runCases("php", [
  { name: "echo and print", code: "<?php\nfunction m($password) {\n  echo $password;\n  print($password);\n}\n", flag: ["$password", "$password"] },
  { name: "error_log with concatenation", code: "<?php\nerror_log('pw=' . $password);\n", flag: ["$password"] },
  { name: "PSR-3 context array", code: "<?php\n$this->logger->info('login', ['user' => $u, 'password' => $pw]);\n", flag: ["$pw"] },
  { name: "Laravel Log facade", code: "<?php\nLog::warning(\"token $token\");\n", flag: ["$token"] },
  { name: "print_r and var_dump dumps", code: "<?php\nprint_r($_SERVER);\nvar_dump($_POST);\n", flag: ["$_SERVER", "$_POST"] },
  { name: "print_r with return flag is not a sink", code: "<?php\n$s = print_r($_SERVER, true);\n", flag: [] },
  { name: "superglobal lookups", code: "<?php\necho $_POST['password'];\necho $_SERVER['REQUEST_URI'];\n", flag: ["$_POST['password']"] },
  { name: "getenv", code: "<?php\necho getenv('APP_SECRET');\necho getenv('APP_ENV');\n", flag: ["getenv('APP_SECRET')"] },
  { name: "sprintf flow", code: "<?php\n$m = sprintf('k=%s', $apiKey);\n$logger->error($m);\n", flag: ["$m"] },
  { name: "STDERR but not a file", code: "<?php\nfwrite(STDERR, $secret);\nfwrite($fh, $secret);\n", flag: ["$secret"] },
  { name: "password_hash and strlen", code: "<?php\necho password_hash($password, PASSWORD_DEFAULT);\necho strlen($password);\n", flag: [] },
  { name: "class constant", code: "<?php\nclass A { const DEFAULT_PASSWORD = 'x'; function m() { echo self::DEFAULT_PASSWORD; } }\n", flag: [] },
  { name: "method parameter flow", code: "<?php\nclass A {\n  function relay($s) { $this->emit($s); }\n  function emit($value) { error_log($value); }\n  function run() { $this->relay(getenv('API_TOKEN')); }\n}\n", flag: ["$value"] },
  { name: "Laravel Log facade: generated token interpolated", code: "<?php\nclass A {\n  function m($user) {\n    $plainToken = Str::random(60);\n    Log::debug(\"Issued API token {$plainToken} for user {$user->id}\");\n    $requestId = Str::random(8);\n    Log::info(\"request {$requestId}\");\n  }\n}\n", flag: ["$plainToken"] },
  { name: "Laravel Log facade: validated credentials as the context", code: "<?php\nclass A {\n  function login(Request $request) {\n    $credentials = $request->validate(['email' => ['required'], 'password' => ['required']]);\n    Log::debug('Login attempt', $credentials);\n    $data = $request->validate(['email' => ['required']]);\n    Log::debug('Lookup', $data);\n    Log::debug('Only', $request->only('email', 'password'));\n  }\n}\n", flag: ["$credentials", "$request->only('email', 'password')"] },
  { name: "str_replace of the secret by a mask sanitizes, of fixed text does not", code: "<?php\nfunction m($password) {\n  $dsn = \"mysql://app:$password@db\";\n  echo str_replace($password, '***', $dsn);\n  echo str_replace('mysql', '***', $dsn);\n}\n", flag: ["str_replace('mysql', '***', $dsn)"] },
  { name: "Symfony/Laravel request headers dumped with ->all()", code: "<?php\nclass A {\n  function handle($request) {\n    Log::info('request headers', $request->headers->all());\n    Log::info('agent', [$request->headers->get('User-Agent')]);\n  }\n}\n", flag: ["$request->headers->all()"] },
]);
