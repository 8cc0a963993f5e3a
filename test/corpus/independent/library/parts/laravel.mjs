// Laravel app: config/services.php, an admin seeder, .env.example.
export default function laravel({ t, S, R, P }) {
  const mg = S.mailgun();
  const adminPw = S.password('password');
  const postmark = S.uuidSecret('postmark-server-token');
  const files = [];

  files.push({ path: 'helpdesk/config/services.php', text: t`
<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | This file is for storing the credentials for third party services such
    | as Mailgun, Postmark, AWS and more. This file provides the de facto
    | location for this type of information, allowing packages to have
    | a conventional file to locate the various service credentials.
    |
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.helpdesk.example.com'),
@@S:mailgun-api-key#default-config|        'secret' => env('MAILGUN_SECRET', '${mg}'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'postmark' => [
@@S:postmark-server-token#default-config|        'token' => env('POSTMARK_TOKEN', '${postmark}'),
    ],

    'ses' => [
@@N:env-read|        'key' => env('AWS_ACCESS_KEY_ID'),
@@N:env-read|        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'slack' => [
        'notifications' => [
@@N:env-read|            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#helpdesk-alerts'),
        ],
    ],

    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID'),
@@N:env-read|        'client_secret' => env('GITHUB_CLIENT_SECRET'),
        'redirect' => env('APP_URL').'/auth/github/callback',
    ],

    'stripe' => [
@@N:env-read|        'key' => env('STRIPE_KEY'),
@@N:env-read|        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
@@N:env-read|            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY'),
@@N:env-read|        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
        'min_score' => 0.5,
    ],

];
` });

  files.push({ path: 'helpdesk/database/seeders/AdminUserSeeder.php', text: t`
<?php

namespace Database\Seeders;

use App\Models\Team;
use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Str;

class AdminUserSeeder extends Seeder
{
    /**
     * Seed the initial administrator and the default support team.
     */
    public function run(): void
    {
        $team = Team::firstOrCreate(
            ['slug' => 'support'],
            ['name' => 'Support', 'sla_hours' => 24]
        );

        $admin = User::updateOrCreate(
            ['email' => 'admin@helpdesk.example.com'],
            [
                'name' => 'Helpdesk Admin',
@@S:password#seed-script|                'password' => Hash::make('${adminPw}'),
                'is_admin' => true,
                'email_verified_at' => now(),
                'current_team_id' => $team->id,
            ]
        );
        $team->users()->syncWithoutDetaching([$admin->id => ['role' => 'owner']]);

        if (app()->environment('local', 'testing')) {
            User::factory()
                ->count(10)
                ->for($team, 'currentTeam')
                ->create([
@@N:generated-value|                    'password' => Hash::make(Str::random(24)),
                ]);

            $demo = User::firstOrCreate(
                ['email' => 'demo@example.com'],
                [
                    'name' => 'Demo Agent',
@@N:env-read|                    'password' => Hash::make(env('DEMO_USER_PASSWORD', Str::random(16))),
                    'email_verified_at' => now(),
                ]
            );
            $team->users()->syncWithoutDetaching([$demo->id => ['role' => 'agent']]);
        }

        $this->command->info("Admin user: {$admin->email}");
        $this->command->warn('Change the admin password after first login.');
    }
}
` });

  files.push({ path: 'helpdesk/.env.example', text: t`
APP_NAME=Helpdesk
APP_ENV=local
@@N:placeholder|APP_KEY=
APP_DEBUG=true
APP_TIMEZONE=UTC
APP_URL=http://localhost

APP_LOCALE=en
APP_FALLBACK_LOCALE=en

LOG_CHANNEL=stack
LOG_STACK=single
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=helpdesk
DB_USERNAME=root
@@N:empty-value|DB_PASSWORD=

SESSION_DRIVER=database
SESSION_LIFETIME=120

BROADCAST_CONNECTION=log
FILESYSTEM_DISK=local
QUEUE_CONNECTION=database

CACHE_STORE=database
REDIS_CLIENT=phpredis
REDIS_HOST=127.0.0.1
@@N:placeholder|REDIS_PASSWORD=null
REDIS_PORT=6379

MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.example.com
@@N:placeholder|MAILGUN_SECRET=${P.mgKey}${'x'.repeat(32)}
MAIL_FROM_ADDRESS="hello@example.com"
MAIL_FROM_NAME="\${APP_NAME}"

@@N:placeholder|AWS_ACCESS_KEY_ID=
@@N:placeholder|AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=us-east-1
AWS_BUCKET=
AWS_USE_PATH_STYLE_ENDPOINT=false

@@N:placeholder|STRIPE_KEY=${P.pkLive.replace('live', 'test')}your_publishable_key
@@N:placeholder|STRIPE_SECRET=${P.skTest}your_secret_key
@@N:placeholder|STRIPE_WEBHOOK_SECRET=${P.whsec}...

SLACK_BOT_USER_OAUTH_TOKEN=
SLACK_BOT_USER_DEFAULT_CHANNEL="#helpdesk-alerts"

@@N:placeholder|GITHUB_CLIENT_ID=your-github-oauth-app-id
@@N:placeholder|GITHUB_CLIENT_SECRET=your-github-oauth-app-secret

VITE_APP_NAME="\${APP_NAME}"
` });
  return files;
}
