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
]);
