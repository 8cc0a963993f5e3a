// NestJS service: auth module with JWT constants, Slack notification service.
export default function nest({ t, S, R }) {
  const jwtSecret = S.alnumSecret(40, 'jwt-signing-secret');
  const hook = S.slackHook();
  const bot = S.slackBot();
  const files = [];

  files.push({ path: 'ledger-api/src/auth/auth.module.ts', text: t`
import { Injectable, Module, UnauthorizedException } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule, PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';

export const jwtConstants = {
@@S:jwt-signing-secret#constant-default|  secret: '${jwtSecret}',
  expiresIn: '1h',
};

@@N:env-var-name|export const JWT_SECRET_KEY = 'JWT_SECRET';
@@N:config-key-name|export const REFRESH_COOKIE = 'ledger_refresh';

export interface JwtPayload {
  sub: string;
  email: string;
  roles: string[];
  iat?: number;
  exp?: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: ConfigService,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
@@N:config-read|      secretOrKey: config.get<string>(JWT_SECRET_KEY) ?? jwtConstants.secret,
    });
  }

  async validate(payload: JwtPayload) {
    const user = await this.users.findById(payload.sub);
    if (!user || user.disabledAt) {
@@N:error-string|      throw new UnauthorizedException('Invalid or expired access token');
    }
    return { id: user.id, email: user.email, roles: payload.roles };
  }
}

@Module({
  imports: [
    UsersModule,
    PassportModule,
    ConfigModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
@@N:config-read|        secret: config.get<string>(JWT_SECRET_KEY) ?? jwtConstants.secret,
        signOptions: { expiresIn: jwtConstants.expiresIn, issuer: 'ledger-api' },
      }),
    }),
  ],
  providers: [AuthService, JwtStrategy],
  controllers: [AuthController],
  exports: [AuthService],
})
export class AuthModule {}
` });

  files.push({ path: 'ledger-api/src/notifications/slack.service.ts', text: t`
import { HttpService } from '@nestjs/axios';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

@@N:env-var-name|const SLACK_TOKEN_ENV = 'SLACK_BOT_TOKEN';
@@N:enum-value|export type AlertLevel = 'info' | 'warning' | 'critical';

const COLORS: Record<AlertLevel, string> = {
  info: '#2eb886',
  warning: '#daa038',
  critical: '#a30200',
};

// #ledger-alerts incoming webhook
@@S:slack-webhook-url#constant-default|const ALERTS_WEBHOOK_URL = '${hook}';

@Injectable()
export class SlackService implements OnModuleInit {
  private readonly logger = new Logger(SlackService.name);
  private token!: string;

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit() {
@@S:slack-bot-token#constant-default|    this.token = this.config.get<string>(SLACK_TOKEN_ENV) ?? '${bot}';
  }

  async alert(level: AlertLevel, title: string, fields: Record<string, string> = {}) {
    const body = {
      attachments: [
        {
          color: COLORS[level],
          title,
          fields: Object.entries(fields).map(([k, v]) => ({ title: k, value: v, short: true })),
          ts: Math.floor(Date.now() / 1000),
        },
      ],
    };
    try {
      await firstValueFrom(this.http.post(ALERTS_WEBHOOK_URL, body));
    } catch (err) {
      this.logger.error(\`Slack webhook failed: \${(err as Error).message}\`);
    }
  }

  async postMessage(channel: string, text: string, threadTs?: string) {
    const res = await firstValueFrom(
      this.http.post(
        'https://slack.com/api/chat.postMessage',
        { channel, text, thread_ts: threadTs },
@@N:template-interpolation|        { headers: { Authorization: \`Bearer \${this.token}\` } },
      ),
    );
    if (!res.data.ok) {
      this.logger.warn(\`chat.postMessage error: \${res.data.error}\`);
    }
    return res.data.ts as string | undefined;
  }
}
` });
  return files;
}
