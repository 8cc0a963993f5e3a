// Editor / IDE / browser artifacts and a Jupyter notebook.
import { Doc, S, N, int, str, reg, HEX, ALNUM, LOWER, B64 } from './core.mjs';
import { tok, password, neg } from './tokens.mjs';

const xmlSafe = (p) => p.replace(/[&<>"']/g, '');

export function ide() {
  const docs = [];
  // .vscode/settings.json
  {
    const d = new Doc('webapp/.vscode/settings.json', { json: true });
    d.json({
      'editor.formatOnSave': true,
      'editor.defaultFormatter': 'esbenp.prettier-vscode',
      'files.exclude': { '**/node_modules': true, '**/.terraform': true },
      'terminal.integrated.env.linux': {
        GITHUB_TOKEN: S(tok.ghp(), 'github-pat', ['vscode']),
        PGPASSWORD: N('${env:PGPASSWORD}', 'env-reference'),
      },
      'sqltools.connections': [{
        previewLimit: 50, server: 'localhost', port: 5433, driver: 'PostgreSQL', name: 'prod via tunnel',
        database: 'webapp', username: 'webapp_admin', password: S(password('any'), 'password', ['vscode', 'sqltools']),
      }, {
        previewLimit: 50, server: 'localhost', port: 5432, driver: 'PostgreSQL', name: 'local docker',
        database: 'webapp', username: 'postgres', askForPassword: true, password: N('', 'empty-value'),
      }],
      'rest-client.environmentVariables': {
        $shared: { apiVersion: 'v2' },
        staging: { baseUrl: 'https://staging.example.com', apiKey: S(tok.stripeRk(), 'stripe-restricted-key', ['vscode', 'rest-client']) },
        production: { baseUrl: 'https://api.example.com', apiKey: N('{{$dotenv PROD_API_KEY}}', 'template-reference') },
      },
      'gitlens.remotes': [{ domain: 'gitlab.example.com', type: 'GitLab' }],
      'cSpell.words': ['tfstate', 'pgbouncer'],
    });
    docs.push(d);
  }
  // .vscode/launch.json
  {
    const d = new Doc('webapp/.vscode/launch.json', { json: true });
    d.json({
      version: '0.2.0',
      configurations: [
        {
          type: 'node', request: 'launch', name: 'API (prod data)', program: '${workspaceFolder}/src/server.ts',
          runtimeArgs: ['-r', 'ts-node/register'],
          env: {
            NODE_ENV: 'development',
            DATABASE_URL: S(`postgres://webapp_admin:${password('url')}@localhost:5433/webapp`, 'connection-string', ['vscode-launch']),
            STRIPE_SECRET_KEY: S(tok.stripe(), 'stripe-secret-key', ['vscode-launch']),
            SENDGRID_API_KEY: N('<your-sendgrid-key>', 'placeholder'),
            SENTRY_RELEASE: N(neg.sha1(), 'commit-sha'),
          },
          envFile: N('${workspaceFolder}/.env.local', 'file-reference'),
        },
        {
          type: 'python', request: 'launch', name: 'ETL job', program: '${workspaceFolder}/etl/main.py',
          env: { AWS_PROFILE: 'etl-dev', AWS_SECRET_ACCESS_KEY: N('${env:AWS_SECRET_ACCESS_KEY}', 'env-reference'), OPENAI_API_KEY: S(tok.openai(), 'openai-api-key', ['vscode-launch']) },
          console: 'integratedTerminal',
        },
      ],
    }, 4);
    docs.push(d);
  }
  // .idea/dataSources.xml
  {
    const d = new Doc('backend/.idea/dataSources.xml');
    d.l('<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">');
    d.n(`    <data-source source="LOCAL" name="orders@prod" uuid="${neg.uuid()}">`, 'uuid');
    d.l('      <driver-ref>postgresql</driver-ref>', '      <synchronize>true</synchronize>', '      <jdbc-driver>org.postgresql.Driver</jdbc-driver>');
    d.s(`      <jdbc-url>jdbc:postgresql://orders-prod.internal:5432/orders?user=orders_admin&amp;password=${xmlSafe(password('url'))}</jdbc-url>`, 'connection-string', ['intellij', 'jdbc']);
    d.l('      <working-dir>$ProjectFileDir$</working-dir>', '    </data-source>');
    d.n(`    <data-source source="LOCAL" name="crm@legacy" uuid="${neg.uuid()}">`, 'uuid');
    d.l('      <driver-ref>mysql.8</driver-ref>', '      <jdbc-url>jdbc:mysql://10.20.4.11:3306/crm</jdbc-url>', '      <user-name>crm_admin</user-name>');
    const pw = reg(xmlSafe(password('any')));
    d.s(`      <property name="password" value="${pw}" />`, 'password', ['intellij']);
    d.n('      <property name="passwordStorage" value="MASTER_KEY" />', 'config-flag');
    d.l('    </data-source>', '  </component>', '</project>');
    docs.push(d);
  }
  // .idea/workspace.xml
  {
    const d = new Doc('backend/.idea/workspace.xml');
    d.l('<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="ChangeListManager">');
    d.n(`    <list default="true" id="${neg.uuid()}" name="Changes" comment="" />`, 'uuid');
    d.l('  </component>');
    d.n(`  <component name="ProjectId" id="2${str(26, ALNUM)}" />`, 'project-id');
    d.l('  <component name="RunManager" selected="Spring Boot.OrdersApplication">',
      '    <configuration name="OrdersApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">',
      '      <module name="orders" />', '      <option name="SPRING_BOOT_MAIN_CLASS" value="com.example.orders.OrdersApplication" />');
    d.s(`      <option name="PROGRAM_PARAMETERS" value="--spring.datasource.password=${xmlSafe(password('shell'))}" />`, 'password', ['intellij', 'argv']);
    d.l('      <envs>');
    d.s(`        <env name="AWS_ACCESS_KEY_ID" value="${tok.awsId()}" />`, 'aws-access-key-id', ['intellij']);
    d.s(`        <env name="AWS_SECRET_ACCESS_KEY" value="${tok.awsSecret()}" />`, 'aws-secret-access-key', ['intellij']);
    d.l('        <env name="SPRING_PROFILES_ACTIVE" value="local" />');
    d.n('        <env name="VAULT_TOKEN" value="$VAULT_TOKEN$" />', 'env-reference');
    d.l('      </envs>', '      <method v="2">', '        <option name="Make" enabled="true" />', '      </method>', '    </configuration>', '  </component>');
    d.l('  <component name="TaskManager">', '    <task active="true" id="Default" summary="Default task">');
    d.n(`      <changelist id="${neg.uuid()}" name="Changes" comment="" />`, 'uuid');
    d.l(`      <created>${int(1700000000000, 1716000000000)}</created>`, '    </task>', '  </component>', '  <component name="VcsManagerConfiguration">');
    d.n(`    <MESSAGE value="Revert ${neg.sha1()}" />`, 'commit-sha');
    d.l('  </component>', '</project>');
    docs.push(d);
  }
  // Browser extension manifest: negatives only
  {
    const d = new Doc('extensions/tab-notes/manifest.json', { json: true });
    d.json({
      manifest_version: 3,
      name: 'Tab Notes',
      version: '2.3.1',
      description: 'Attach notes to tabs and sync them with Google Drive.',
      key: N(neg.rsaPublicDer(), 'public-key', ['extension-key']),
      oauth2: {
        client_id: N(neg.googleClientId(), 'client-id'),
        scopes: ['https://www.googleapis.com/auth/drive.appdata'],
      },
      background: { service_worker: 'background.js', type: 'module' },
      permissions: ['storage', 'identity', 'tabs'],
      host_permissions: ['https://www.googleapis.com/*'],
      update_url: 'https://clients2.google.com/service/update2/crx',
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
      icons: { '16': 'icons/16.png', '48': 'icons/48.png', '128': 'icons/128.png' },
    });
    docs.push(d);
  }
  // Chrome-like Preferences (pretty-printed)
  {
    const d = new Doc('browser-profile/Default/Preferences', { json: true });
    const mac = () => N(str(64, HEX).toUpperCase(), 'hmac-digest');
    d.json({
      account_info: [{ account_id: N(str(21, '0123456789'), 'account-id'), email: 'k.tanaka@example.com', gaia: N(str(21, '0123456789'), 'account-id'), full_name: 'Kenji Tanaka', locale: 'en-GB' }],
      browser: { has_seen_welcome_page: true, window_placement: { bottom: 1050, left: 10, maximized: true, right: 1910, top: 10 } },
      extensions: {
        settings: {
          [str(32, 'abcdefghijklmnop')]: { state: 1, path: 'tab-notes/2.3.1_0', from_webstore: true },
        },
      },
      proxy: { mode: 'fixed_servers', server: S(`http://kt-corp:${password('url')}@proxy.corp.example.com:3128`, 'proxy-credential', ['browser-prefs']) },
      local_storage_export: { 'https://dash.example.io': { api_token: S(tok.googleApi(), 'google-api-key', ['browser-prefs']) } },
      profile: { name: 'Work', avatar_index: 26, exit_type: 'Crashed', created_by_version: '123.0.6312.86' },
      protection: { macs: { browser: { show_home_button: mac() }, default_search_provider_data: { template_url_data: mac() }, homepage: mac() }, super_mac: mac() },
      sync: { cache_guid: N(str(22, ALNUM + '+/') + '==', 'sync-guid'), has_setup_completed: true },
    }, 3);
    docs.push(d);
  }
  // Jupyter notebook with printed token
  {
    const d = new Doc('notebooks/01-explore-usage.ipynb', { json: true });
    const hf = tok.hf();
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA' + str(400, B64) + '=';
    const cid = () => N(str(8, HEX), 'cell-id');
    d.json({
      cells: [
        { cell_type: 'code', execution_count: 1, id: cid(), metadata: {}, outputs: [],
          source: ['import os\n', 'import pandas as pd\n', 'from openai import OpenAI\n', S(`client = OpenAI(api_key="${tok.openai()}")\n`, 'openai-api-key', ['notebook', 'source'])] },
        { cell_type: 'code', execution_count: 2, id: cid(), metadata: {},
          outputs: [{ name: 'stdout', output_type: 'stream', text: ['HF_TOKEN set: True\n', S(`token=${hf}\n`, 'huggingface-token', ['notebook', 'output'])] }],
          source: ["print('HF_TOKEN set:', bool(os.environ.get('HF_TOKEN')))\n", "print('token=' + os.environ['HF_TOKEN'])"] },
        { cell_type: 'code', execution_count: 3, id: cid(), metadata: {},
          outputs: [{ data: { 'image/png': N(png, 'base64-image'), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {}, output_type: 'display_data' }],
          source: ["df = pd.read_parquet('usage.parquet')\n", "df.plot(x='day', y='requests')"] },
        { cell_type: 'code', execution_count: 4, id: cid(), metadata: {},
          outputs: [{ output_type: 'execute_result', execution_count: 4, metadata: {}, data: { 'text/plain': [N(`'${neg.sha256()}'`, 'sha256-hash')] } }],
          source: ["hashlib.sha256(open('usage.parquet','rb').read()).hexdigest()"] },
      ],
      metadata: { kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' }, language_info: { name: 'python', version: '3.11.9' } },
      nbformat: 4, nbformat_minor: 5,
    }, 1);
    docs.push(d);
  }
  return docs;
}
