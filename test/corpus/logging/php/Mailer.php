<?php

declare(strict_types=1);

namespace App\Mail;

use Monolog\Logger;
use Monolog\Handler\StreamHandler;

final class Mailer
{
    private Logger $log;
    private string $smtpPassword;

    public function __construct(array $config)
    {
        $this->log = new Logger('mail');
        $this->log->pushHandler(new StreamHandler('php://stderr'));
        $this->smtpPassword = $config['smtp_password'];
        $this->log->info('mailer configured', ['host' => $config['smtp_host']]);
        $this->log->debug('mailer configured', $config);
        $this->log->debug('smtp password', ['password' => $this->smtpPassword]);
        $this->log->debug('smtp password set', ['set' => $this->smtpPassword !== '']);
    }

    public function send(string $to, string $subject, string $resetToken): void
    {
        $link = "https://example.test/reset?token=" . urlencode($resetToken);
        $this->log->info("sending mail to {$to}", ['subject' => $subject]);
        $this->log->info("reset link {$link}");
        $this->log->info('reset token hash ' . hash('sha256', $resetToken));
        error_log("mail sent to $to");
    }
}

function debug_login(): void
{
    $user = $_POST['username'] ?? '';
    $pass = $_POST['password'] ?? '';
    error_log("login $user");
    error_log("login $user:$pass");
    syslog(LOG_INFO, 'auth header ' . ($_SERVER['HTTP_AUTHORIZATION'] ?? ''));
    syslog(LOG_INFO, 'agent ' . ($_SERVER['HTTP_USER_AGENT'] ?? ''));
}
