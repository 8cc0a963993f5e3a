// Pulumi, CDK, CloudFormation, SAM, Bicep, ARM, Serverless, Terraform, Packer, Vagrant
import { J, PH, uri } from './tokens.mjs';
import { indent } from './doc.mjs';
import { CS } from './rng.mjs';

export default [
  ['pulumi/aws-platform/Pulumi.yaml', (d, t) => {
    const acct = t.account();
    d.t(`name: aws-platform
runtime: yaml
description: Core networking, Postgres and observability for the platform team
config:
  aws:region:
    value: eu-west-1
  dbPassword:
    type: string`);
    d.n('    secret: true', 'boolean');
    d.t(`  datadogApiKey:
    type: string`);
    d.n('    secret: true', 'boolean');
    d.t('variables:', '  grafanaAdminPassword:');
    const gpw = t.password();
    d.p(`    fn::secret: ${gpw}`, 'password', gpw, 'keyword', 'plaintext');
    d.t(`resources:
  db:
    type: aws:rds:Instance
    properties:
      engine: postgres
      engineVersion: "15.5"
      instanceClass: db.t4g.medium
      allocatedStorage: 50
      username: platform_admin`);
    d.n('      password: ${dbPassword}', 'reference');
    d.n('      manageMasterUserPassword: false', 'boolean');
    d.t('      storageEncrypted: true');
    d.n(`      kmsKeyId: arn:aws:kms:eu-west-1:${acct}:key/${t.uuid()}`, 'id');
    d.t(`      skipFinalSnapshot: false
  alertsSecret:
    type: aws:secretsmanager:Secret
    properties:`);
    d.n('      name: platform/prod/alerting', 'secret-name');
    d.t(`  alertsSecretVersion:
    type: aws:secretsmanager:SecretVersion
    properties:
      secretId: \${alertsSecret.id}
      secretString:
        fn::toJSON:`);
    const wh = t.slackWebhook();
    d.p(`          slack_webhook_url: ${wh}`, 'slack-webhook', wh, 'prefixed');
    d.n('          grafana_admin_password: ${grafanaAdminPassword}', 'reference');
    d.t(`  ddApiKeyParam:
    type: aws:ssm:Parameter
    properties:`);
    d.n('      name: /platform/prod/datadog-api-key', 'secret-name');
    d.t('      type: SecureString');
    d.n('      value: ${datadogApiKey}', 'reference');
    d.t('outputs:', '  dbEndpoint: ${db.endpoint}');
  }],

  ['pulumi/aws-platform/Pulumi.prod.yaml', (d, t) => {
    d.n(`encryptionsalt: ${t.pulumiSalt()}`, 'encrypted');
    d.t('config:', '  aws:region: eu-west-1', '  aws:allowedAccountIds:');
    d.n(`    - "${t.account()}"`, 'id');
    d.t('  aws-platform:alertEmail: oncall@acme.io', '  aws-platform:dbPassword:');
    d.n(`    secure: ${t.pulumiSecure(32)}`, 'encrypted');
    d.t('  aws-platform:datadogApiKey:');
    d.n(`    secure: ${t.pulumiSecure(48)}`, 'encrypted');
    const gh = t.ghp();
    d.p(`  aws-platform:githubToken: ${gh}`, 'github-pat', gh, 'prefixed');
    d.t('  aws-platform:grafanaAdminPassword:');
    d.n(`    secure: ${t.pulumiSecure(24)}`, 'encrypted');
    const sg = t.sendgrid();
    d.p(`  aws-platform:sendgridApiKey: ${sg}`, 'sendgrid-api-key', sg, 'prefixed');
    d.n(`  aws-platform:stripePublishableKey: ${t.stripePk()}`, 'public');
    d.n('  aws-platform:pagerdutyToken: ""', 'empty');
    const rpw = t.humanPassword();
    d.p(`  aws-platform:readReplicaPassword: ${rpw}`, 'password', rpw, 'keyword');
    d.t('  aws-platform:dbInstanceClass: db.r6g.large');
  }],

  ['pulumi/k8s-apps/index.ts', (d, t) => {
    d.t(`import * as pulumi from "@pulumi/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as random from "@pulumi/random";
import * as datadog from "@pulumi/datadog";

const config = new pulumi.Config();`);
    d.n('const dbPassword = config.requireSecret("dbPassword");', 'reference');
    d.t(`const platform = new pulumi.StackReference("acme/aws-platform/prod");
const dbHost = platform.getOutput("dbEndpoint");

const ddProvider = new datadog.Provider("dd", {`);
    const dd = t.ddApi();
    d.p(`  apiKey: "${dd}",`, 'datadog-api-key', dd, 'keyword');
    d.n('  appKey: config.requireSecret("datadogAppKey"),', 'reference');
    d.t(`  apiUrl: "https://api.datadoghq.eu/",
});
`);
    d.n('const sessionSecret = new random.RandomPassword("session-secret", { length: 48, special: false });', 'reference');
    d.t(`
const appEnv = new k8s.core.v1.Secret("payments-env", {
  metadata: { name: "payments-env", namespace: "payments" },
  stringData: {`);
    d.n('    DATABASE_URL: pulumi.interpolate`' + 'postgres' + '://payments:${dbPassword}@${dbHost}:5432/payments`,', 'reference');
    d.n('    SESSION_SECRET: sessionSecret.result,', 'reference');
    const sg = t.sendgrid();
    d.p(`    SENDGRID_API_KEY: pulumi.secret("${sg}"),`, 'sendgrid-api-key', sg, 'prefixed');
    d.n('    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY ?? "",', 'reference');
    const wh = t.stripeWhsec();
    d.p(`    STRIPE_WEBHOOK_SECRET: "${wh}",`, 'stripe-webhook-secret', wh, 'prefixed');
    d.t(`  },
});

new k8s.apps.v1.Deployment("payments", {
  metadata: { namespace: "payments" },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: "payments" } },
    template: {
      metadata: { labels: { app: "payments" } },
      spec: {
        containers: [{
          name: "payments",`);
    d.n(`          image: "ghcr.io/acme/payments@sha256:${t.sha256()}",`, 'hash');
    d.t('          env: [');
    d.n('            { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: appEnv.metadata.name, key: "DB_PASSWORD" } } },', 'secret-name');
    d.t(`          ],
        }],
      },
    },
  },
}, { dependsOn: [appEnv] });

export const ddProviderUrn = ddProvider.urn;`);
  }],

  ['cdk/lib/pipeline-stack.ts', (d, t) => {
    const acct = t.account();
    d.t(`import { Stack, StackProps, SecretValue, Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
`);
    d.n(`export const prodEnv = { account: '${acct}', region: 'us-east-1' };`, 'id');
    d.t(`
export class BillingPipelineStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const source = new codepipeline.Artifact();
    const sourceAction = new actions.GitHubSourceAction({
      actionName: 'GitHub',
      owner: 'acme',
      repo: 'billing-service',`);
    const gh = t.ghp();
    d.p(`      oauthToken: SecretValue.unsafePlainText('${gh}'),`, 'github-pat', gh, 'prefixed');
    d.n("      // oauthToken: SecretValue.secretsManager('billing/github-token'),", 'reference');
    d.t(`      output: source,
      branch: 'main',
    });

    const dbSecret = secretsmanager.Secret.fromSecretCompleteArn(this, 'DbSecret',`);
    d.n(`      'arn:aws:secretsmanager:us-east-1:${acct}:secret:billing/prod/db-${t.s(6)}');`, 'reference');
    d.n("    const slackUrl = ssm.StringParameter.valueForStringParameter(this, '/billing/prod/slack-webhook-url');", 'reference');
    d.t(`
    new secretsmanager.Secret(this, 'ApiSigningKey', {`);
    d.n('      generateSecretString: { passwordLength: 64, excludePunctuation: true },', 'reference');
    d.t(`    });

    new lambda.Function(this, 'InvoiceWorker', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/invoice-worker'),
      timeout: Duration.seconds(30),
      environment: {`);
    const sk = t.stripeSk();
    d.p(`        STRIPE_SECRET_KEY: '${sk}',`, 'stripe-secret-key', sk, 'prefixed');
    d.n(`        STRIPE_PUBLISHABLE_KEY: '${t.stripePk()}',`, 'public');
    d.n('        DB_SECRET_ARN: dbSecret.secretArn,', 'reference');
    d.n('        SLACK_WEBHOOK_URL: slackUrl,', 'reference');
    d.t(`        DD_SITE: 'datadoghq.com',
      },
    });

    new codepipeline.Pipeline(this, 'Pipeline', {
      stages: [{ stageName: 'Source', actions: [sourceAction] }],
    });
  }
}`);
  }],

  ['cloudformation/orders-stack.yaml', (d, t) => {
    const acct = t.account();
    d.t(`AWSTemplateFormatVersion: '2010-09-09'
Description: Orders service - RDS, Lambda worker and alarms

Parameters:
  Environment:
    Type: String
    AllowedValues: [staging, prod]
  DBMasterPassword:
    Type: String`);
    d.n('    NoEcho: true', 'boolean');
    d.t(`    MinLength: 16
  LegacyBillingPassword:
    Type: String
    NoEcho: true`);
    const pw = t.password();
    d.p(`    Default: '${pw}'`, 'password', pw, 'keyword');
    d.t(`  PartnerAccessKeyId:
    Type: String
    Description: Access key id used by the partner feed (example shown)`);
    d.n(`    Default: ${PH.awsExampleId}`, 'example');
    d.t(`
Resources:
  OrdersDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '100'
      MasterUsername: orders_admin`);
    d.n('      MasterUserPassword: !Ref DBMasterPassword', 'reference');
    d.t(`      StorageEncrypted: true
      KmsKeyId: !ImportValue platform-kms-key-arn

  ReportingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.large
      MasterUsername: reporting`);
    d.n("      MasterUserPassword: '{{resolve:secretsmanager:orders/reporting-db:SecretString:password}}'", 'reference');
    d.t(`
  OrdersFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !GetAtt OrdersFunctionRole.Arn
      Code:
        S3Bucket: !Sub 'acme-artifacts-\${AWS::Region}'`);
    d.n(`        S3Key: orders/${t.sha()}.zip`, 'hash');
    d.t('      Environment:', '        Variables:');
    d.n(`          PAYMENT_API_KEY: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:${acct}:secret:orders/payment-${t.s(6)}:SecretString:apiKey}}'`, 'reference');
    d.n("          SMTP_PASSWORD: '{{resolve:ssm-secure:/orders/prod/smtp-password:3}}'", 'reference');
    const wh = t.slackWebhook();
    d.p(`          SLACK_WEBHOOK_URL: ${wh}`, 'slack-webhook', wh, 'prefixed');
    d.t(`
  IntegrationUser:
    Type: AWS::IAM::User
  IntegrationUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref IntegrationUser

Outputs:
  IntegrationSecret:`);
    d.n('    Value: !GetAtt IntegrationUserKey.SecretAccessKey', 'reference');
  }],

  ['sam/template.yaml', (d, t) => {
    const acct = t.account();
    d.t(`AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: notifications-api

Globals:
  Function:
    Runtime: python3.12
    Timeout: 15
    Layers:`);
    d.n('      - arn:aws:lambda:us-east-1:464622532012:layer:Datadog-Python312:96', 'id');
    d.t('    Environment:', '      Variables:', '        DD_SITE: datadoghq.com');
    d.n(`        DD_API_KEY_SECRET_ARN: arn:aws:secretsmanager:us-east-1:${acct}:secret:datadog/api-key-${t.s(6)}`, 'reference');
    d.n(`        TWILIO_ACCOUNT_SID: ${t.twilioSid()}`, 'id');
    const tw = t.twilioToken();
    d.p(`        TWILIO_AUTH_TOKEN: ${tw}`, 'twilio-auth-token', tw, 'keyword');
    const oa = t.openai();
    d.p(`        OPENAI_API_KEY: ${oa}`, 'openai-api-key', oa, 'prefixed');
    d.t(`
Resources:
  NotifyFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/notify/
      Handler: app.handler
      Environment:
        Variables:`);
    d.n("          SENDGRID_API_KEY: !Sub '{{resolve:secretsmanager:${SendgridSecret}:SecretString:apiKey}}'", 'reference');
    d.n(`          WELCOME_TEMPLATE_ID: d-${t.hex(32)}`, 'id');
    d.t(`      Policies:
        - AWSSecretsManagerGetSecretValuePolicy:
            SecretArn: !Ref SendgridSecret
      Events:
        Api:
          Type: HttpApi
          Properties:
            Path: /notify
            Method: post

  SendgridSecret:
    Type: AWS::SecretsManager::Secret
    Properties:`);
    d.n('      Name: notifications/sendgrid', 'secret-name');
    d.t('      GenerateSecretString:');
    d.n('        SecretStringTemplate: \'{"apiKey": ""}\'', 'empty');
    d.t("        GenerateStringKey: 'unused'");
  }],

  ['azure/main.bicep', (d, t) => {
    d.t(`targetScope = 'resourceGroup'

@description('Administrator login for the SQL server')
param sqlAdminLogin string = 'sqladmin'

@secure()
@description('Administrator password for the SQL server')`);
    d.n('param sqlAdminPassword string', 'secret-name');
    d.t('', '@secure()');
    const pw = t.password();
    d.p(`param reportingReaderPassword string = '${pw}'`, 'password', pw, 'keyword');
    d.t(`
param location string = resourceGroup().location
param keyVaultName string = 'kv-orders-prod-weu'

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stordersprodweu'
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
}

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: 'sql-orders-prod'
  location: location
  properties: {
    administratorLogin: sqlAdminLogin`);
    d.n('    administratorLoginPassword: sqlAdminPassword', 'reference');
    d.t(`  }
}

resource app 'Microsoft.Web/sites@2023-01-01' = {
  name: 'app-orders-prod'
  location: location
  properties: {
    siteConfig: {
      appSettings: [
        {
          name: 'STORAGE_CONNECTION'`);
    d.n("          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'", 'reference');
    d.t(`        }
        {
          name: 'LEGACY_BLOB_CONNECTION'`);
    const key = t.azureStorageKey();
    d.p(`          value: 'DefaultEndpointsProtocol=https;AccountName=stlegacyorders;AccountKey=${key};EndpointSuffix=core.windows.net'`, 'azure-storage-key', key, 'connection-string');
    d.t(`        }
        {
          name: 'SQL_PASSWORD'`);
    d.n("          value: '@Microsoft.KeyVault(SecretUri=https://kv-orders-prod-weu.vault.azure.net/secrets/sql-admin-password/)'", 'reference');
    d.t(`        }
        {
          name: 'AZURE_CLIENT_ID'`);
    d.n(`          value: '${t.uuid()}'`, 'id');
    d.t(`        }
      ]
    }
  }
}

module secrets 'modules/secrets.bicep' = {
  name: 'orders-secrets'
  params: {`);
    d.n("    dbPassword: kv.getSecret('sql-admin-password')", 'reference');
    d.t('  }', '}');
  }],

  ['azure/azuredeploy.json', (d, t) => {
    d.t(`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "adminUsername": {
      "type": "string",
      "defaultValue": "azureuser"
    },
    "adminPassword": {`);
    d.n('      "type": "securestring",', 'secret-name');
    d.t(`      "metadata": { "description": "Password for the build VM administrator." }
    },
    "sshPublicKey": {
      "type": "string",`);
    d.n(`      "defaultValue": "${t.sshEd25519Pub('buildadmin@acme')}"`, 'public');
    d.t(`    },
    "sqlPassword": {
      "type": "securestring",`);
    d.n('      "defaultValue": ""', 'empty');
    d.t(`    },
    "diagnosticsStorageKey": {
      "type": "securestring",`);
    const key = t.azureStorageKey();
    d.p(`      "defaultValue": "${key}"`, 'azure-storage-key', key, 'keyword');
    d.t(`    }
  },
  "resources": [
    {
      "type": "Microsoft.Compute/virtualMachines",
      "apiVersion": "2023-09-01",
      "name": "vm-build-01",
      "location": "[resourceGroup().location]",
      "properties": {
        "osProfile": {
          "computerName": "vm-build-01",
          "adminUsername": "[parameters('adminUsername')]",`);
    d.n('          "adminPassword": "[parameters(\'adminPassword\')]"', 'reference');
    d.t(`        }
      }
    },
    {
      "type": "Microsoft.Compute/virtualMachines/extensions",
      "apiVersion": "2023-09-01",
      "name": "vm-build-01/diagnostics",
      "properties": {
        "publisher": "Microsoft.Azure.Diagnostics",
        "type": "LinuxDiagnostic",
        "protectedSettings": {
          "storageAccountName": "stbuilddiag",`);
    d.n('          "storageAccountSasToken": "[listAccountSas(resourceId(\'Microsoft.Storage/storageAccounts\', \'stbuilddiag\'), \'2023-01-01\', variables(\'sasProperties\')).accountSasToken]"', 'reference');
    d.t(`        }
      }
    }
  ]
}`);
  }],

  ['azure/azuredeploy.parameters.json', (d, t) => {
    const sub = t.uuid();
    d.t(`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "adminUsername": { "value": "buildadmin" },`);
    const pw = t.password();
    d.p(`    "adminPassword": { "value": "${pw}" },`, 'password', pw, 'keyword');
    d.t('    "sqlPassword": {', '      "reference": {', '        "keyVault": {');
    d.n(`          "id": "/subscriptions/${sub}/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-shared-weu"`, 'id');
    d.t('        },');
    d.n('        "secretName": "sql-admin-password"', 'secret-name');
    d.t('      }', '    },');
    d.n(`    "servicePrincipalClientId": { "value": "${t.uuid()}" },`, 'id');
    const cs = t.azureClientSecret();
    d.p(`    "servicePrincipalClientSecret": { "value": "${cs}" },`, 'azure-client-secret', cs, 'keyword');
    d.n(`    "tenantId": { "value": "${t.uuid()}" }`, 'id');
    d.t('  }', '}');
  }],

  ['serverless/serverless.yml', (d, t) => {
    const acct = t.account();
    d.t(`service: checkout-api
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  stage: \${opt:stage, 'dev'}
  environment:
    NODE_OPTIONS: --enable-source-maps`);
    d.n('    STRIPE_SECRET_KEY: ${ssm:/checkout/${sls:stage}/stripe-secret-key}', 'reference');
    d.n('    DATABASE_URL: ${env:DATABASE_URL}', 'reference');
    d.n('    JWT_SECRET: ${file(./config/secrets.${sls:stage}.yml):jwtSecret}', 'reference');
    const mpw = t.urlPassword();
    const mongo = uri('mongodb+srv', 'checkout', mpw, `cluster0.${t.s(5, CS.LODIG)}.mongodb.net/checkout?retryWrites=true&w=majority`);
    d.p(`    MONGODB_URI: ${mongo}`, 'mongodb-uri', mpw, 'uri');
    const xb = t.slackBot();
    d.p(`    SLACK_BOT_TOKEN: ${xb}`, 'slack-bot-token', xb, 'prefixed');
    d.n(`    ALGOLIA_APP_ID: ${t.s(10, CS.UPDIG)}`, 'id');
    d.t(`  iam:
    role:
      statements:
        - Effect: Allow
          Action:
            - secretsmanager:GetSecretValue`);
    d.n(`          Resource: arn:aws:secretsmanager:eu-central-1:${acct}:secret:checkout/*`, 'reference');
    d.t(`
custom:`);
    d.n('  secrets: ${ssm:/aws/reference/secretsmanager/checkout/${sls:stage}}', 'reference');
    d.t(`  esbuild:
    bundle: true
    minify: false

functions:
  createSession:
    handler: src/handlers/session.create
    events:
      - httpApi: 'POST /sessions'
    environment:`);
    d.n(`      PAYPAL_CLIENT_ID: ${t.paypalClientId()}`, 'id');
    const pp = t.paypalSecret();
    d.p(`      PAYPAL_CLIENT_SECRET: ${pp}`, 'paypal-client-secret', pp, 'keyword');
    d.n('      PAYPAL_WEBHOOK_SECRET: ${self:custom.secrets.PAYPAL_WEBHOOK_SECRET}', 'reference');
  }],

  ['terraform/envs/prod/terraform.tfvars', (d, t) => {
    const acct = t.account();
    d.t('environment    = "prod"', 'aws_region     = "eu-west-1"');
    d.n(`aws_account_id = "${acct}"`, 'id');
    d.n(`vpc_id         = "vpc-0${t.hex(16)}"`, 'id');
    d.n(`kms_key_arn    = "arn:aws:kms:eu-west-1:${acct}:key/${t.uuid()}"`, 'id');
    d.t('', 'db_instance_class = "db.r6g.xlarge"', 'db_username       = "orders_admin"');
    const pw = t.password();
    d.p(`db_password       = "${pw}"`, 'password', pw, 'keyword');
    d.t('');
    const dd = t.ddApi();
    d.p(`datadog_api_key = "${dd}"`, 'datadog-api-key', dd, 'keyword');
    const ddapp = t.ddApp();
    d.p(`datadog_app_key = "${ddapp}"`, 'datadog-app-key', ddapp, 'keyword');
    d.t('');
    d.n(`cloudflare_zone_id   = "${t.hex(32)}"`, 'id');
    const cf = t.cfToken();
    d.p(`cloudflare_api_token = "${cf}"`, 'cloudflare-api-token', cf, 'keyword');
    d.t('');
    d.n('github_token = ""', 'empty');
    d.n(`acm_certificate_arn = "arn:aws:acm:us-east-1:${acct}:certificate/${t.uuid()}"`, 'id');
    d.t(`
tags = {
  owner       = "platform"
  cost-center = "cc-4412"
}`);
  }],

  ['terraform/envs/staging/secrets.auto.tfvars.example', (d, t) => {
    d.t('# Copy to secrets.auto.tfvars and fill in real values. Never commit the copy.', 'environment = "staging"', '');
    d.n('db_password          = "changeme"', 'placeholder');
    d.n('datadog_api_key      = "REPLACE_WITH_DATADOG_API_KEY"', 'placeholder');
    d.n('datadog_app_key      = "<your-datadog-app-key>"', 'placeholder');
    d.n(`cloudflare_api_token = "${'x'.repeat(40)}"`, 'placeholder');
    d.n(`stripe_secret_key    = "${PH.stripeReplace}"`, 'placeholder');
    d.n(`aws_access_key       = "${PH.awsExampleId}"`, 'example');
    d.n(`aws_secret_key       = "${PH.awsExampleSecret}"`, 'example');
    d.n(`slack_webhook_url    = "${PH.slackDocs}"`, 'placeholder');
  }],

  ['terraform/.terraform.lock.hcl', (d, t) => {
    d.t('# This file is maintained automatically by "terraform init".', '# Manual edits may be lost in future updates.', '');
    const prov = [['hashicorp/aws', '5.46.0', '~> 5.40'], ['datadog/datadog', '3.39.0', '~> 3.36'], ['cloudflare/cloudflare', '4.30.0', '~> 4.0']];
    for (const [name, ver, con] of prov) {
      d.t(`provider "registry.terraform.io/${name}" {`, `  version     = "${ver}"`, `  constraints = "${con}"`, '  hashes = [');
      d.n(`    "${t.tfH1()}",`, 'hash');
      for (let i = 0; i < 3; i++) d.n(`    "zh:${t.sha256()}",`, 'hash');
      d.t('  ]', '}', '');
    }
  }],

  ['packer/ubuntu.pkr.hcl', (d, t) => {
    d.t(`packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "aws_secret_key" {
  type      = string
  sensitive = true`);
    d.n('  default   = ""', 'empty');
    d.t(`}

variable "winrm_password" {
  type      = string
  sensitive = true`);
    const pw = t.password();
    d.p(`  default   = "${pw}"`, 'password', pw, 'keyword');
    d.t('}', '', 'locals {');
    d.n('  dd_api_key  = vault("/secret/data/packer/datadog", "api_key")', 'reference');
    d.n('  db_password = aws_secretsmanager("packer/build-db", "password")', 'reference');
    d.t(`}

source "amazon-ebs" "ubuntu" {
  region        = "us-east-1"`);
    const ak = t.awsKeyId(), sk = t.awsSecret();
    d.p(`  access_key    = "${ak}"`, 'aws-access-key-id', ak, 'prefixed');
    d.p(`  secret_key    = "${sk}"`, 'aws-secret-access-key', sk, 'keyword');
    d.t(`  instance_type = "t3.medium"
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
      virtualization-type = "hvm"
    }`);
    d.n('    owners      = ["099720109477"]', 'id');
    d.t(`    most_recent = true
  }
  ssh_username = "ubuntu"
  ami_name     = "acme-base-{{timestamp}}"
}

source "qemu" "ubuntu" {
  iso_url      = "https://releases.ubuntu.com/22.04/ubuntu-22.04.4-live-server-amd64.iso"`);
    d.n(`  iso_checksum = "sha256:${t.sha256()}"`, 'hash');
    d.t(`  disk_size    = "20G"
  format       = "qcow2"
  ssh_username = "ubuntu"
  ssh_private_key_file = "~/.ssh/packer_ed25519"
}

build {
  sources = ["source.amazon-ebs.ubuntu", "source.qemu.ubuntu"]

  provisioner "shell" {`);
    d.n('    environment_vars = ["DD_API_KEY=${local.dd_api_key}", "DD_SITE=datadoghq.com"]', 'reference');
    d.t('    script           = "scripts/install-datadog.sh"', '  }', '}');
  }],

  ['vagrant/Vagrantfile', (d, t) => {
    d.t(`# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-22.04"
  config.vm.box_version = "202401.31.0"`);
    d.n(`  config.vm.box_download_checksum = "${t.sha256()}"`, 'hash');
    d.t(`  config.vm.box_download_checksum_type = "sha256"

  config.vm.provider :aws do |aws, override|`);
    d.n('    aws.access_key_id     = ENV["AWS_ACCESS_KEY_ID"]', 'reference');
    d.n('    aws.secret_access_key = ENV.fetch("AWS_SECRET_ACCESS_KEY")', 'reference');
    d.n('    aws.session_token     = ENV["AWS_SESSION_TOKEN"]', 'reference');
    d.t('    aws.keypair_name      = "vagrant-dev"');
    d.n('    override.ssh.private_key_path = "~/.ssh/vagrant-dev.pem"', 'path');
    d.t(`  end

  config.vm.define "ci-runner" do |runner|
    runner.vm.hostname = "ci-runner"
    runner.vm.provision "shell", path: "scripts/register-runner.sh", env: {`);
    const rt = t.glrt();
    d.p(`      "RUNNER_TOKEN" => "${rt}",`, 'gitlab-runner-token', rt, 'prefixed');
    d.t(`      "GITLAB_URL"   => "https://gitlab.acme.io"
    }
  end

  config.vm.provision "shell", inline: <<-SHELL
    echo 'deb https://packages.acme.internal/apt stable main' > /etc/apt/sources.list.d/acme.list`);
    const pw = t.urlPassword();
    d.p(`    curl -fsSL -u apt-reader:${pw} https://packages.acme.internal/gpg.key | gpg --dearmor -o /usr/share/keyrings/acme.gpg`, 'password', pw, 'cli-credentials');
    d.t('    apt-get update', '  SHELL', 'end');
  }],
];
