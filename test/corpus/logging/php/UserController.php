<?php

namespace App\Http\Controllers;

use Illuminate\Support\Facades\Log;
use Psr\Log\LoggerInterface;

class UserController
{
    private LoggerInterface $logger;
    const DEFAULT_PASSWORD = 'changeme';

    public function login(Request $request)
    {
        $email = $request->input('email');
        $password = $request->input('password');
        $this->logger->info('login attempt', ['email' => $email]);
        $this->logger->info('login attempt', ['email' => $email, 'password' => $password]);
        Log::debug("login for $email with $password");
        Log::debug('password length ' . strlen($password));
        $hash = password_hash($password, PASSWORD_DEFAULT);
        Log::debug('hash ' . $hash);
        error_log('pw=' . $password);
        error_log('login for ' . $email);
        Log::info(self::DEFAULT_PASSWORD);
        echo "Invalid password";
    }

    public function dump()
    {
        print_r($_SERVER);
        var_dump($_ENV);
        print_r($_POST);
        echo $_SERVER['REQUEST_URI'];
        echo getenv('APP_SECRET');
        echo getenv('APP_ENV');
        $summary = print_r($_SERVER, true);
        $keys = array_keys($_SERVER);
        print_r($keys);
    }

    public function token($apiToken, $tokenType)
    {
        echo "token: " . $apiToken;
        echo "type: " . $tokenType;
        echo 'token set: ' . var_export($apiToken !== null, true);
        $short = substr($apiToken, 0, 4);
        echo "prefix $short";
        $message = sprintf('token=%s', $apiToken);
        $this->logger->warning($message);
        fwrite(STDERR, "token " . $apiToken);
        file_put_contents('/tmp/cache', $apiToken);
    }

    public function relay($secret)
    {
        $this->emit($secret);
    }

    private function emit($value)
    {
        $this->logger->error('value {v}', ['v' => $value]);
    }

    public function cookies()
    {
        Log::info('cookies', $_COOKIE);
        Log::info('theme ' . $_COOKIE['theme']);
    }
}
