import { F } from './lib.mjs';

export function files4(g) {
  const out = [];
  const host = () => g.pick(['10.20.', '10.40.', '172.16.']) + g.int(0, 30) + '.' + g.int(2, 250);

  // ---------- Jenkins ----------
  {
    const f = new F('jenkins/casc/jenkins.yaml');
    const admin = g.pwSafe();
    f.t(`jenkins:
  systemMessage: "Jenkins configured automatically by JCasC"
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin`);
    f.p(`          password: "${admin}"`, admin, 'password', ['jenkins', 'jcasc']);
    f.t(`        - id: readonly`);
    f.n('          password: "${READONLY_PASSWORD}"', ['env-reference']);
    f.t(`  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false

credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: github-token`);
    f.n('              secret: "${GITHUB_TOKEN}"', ['env-reference']);
    f.t(`          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: deploy-key
              username: deploy
              privateKeySource:
                directEntry:`);
    f.n('                  privateKey: "${readFile:/run/secrets/deploy_key}"', ['file-reference']);
    f.t(`
unclassified:
  location:
    url: https://jenkins.example.internal/`);
    out.push(f);
  }
  {
    const f = new F('jenkins/credentials.xml');
    f.t(`<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1311.vcf0a_900b_37c2">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>deploy</username>`);
    f.n(`          <password>${g.jenkinsEnc()}</password>`, ['encrypted', 'jenkins']);
    f.t(`        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-bot</id>`);
    f.n(`          <secret>${g.jenkinsEnc()}</secret>`, ['encrypted', 'jenkins']);
    f.t(`        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>`);
    out.push(f);
  }
  {
    const f = new F('jenkins/jobs/deploy-prod/config.xml');
    const slack = g.slackBot();
    f.t(`<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Deploy orders-api to production</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>VERSION</name>
          <defaultValue>latest</defaultValue>
        </hudson.model.StringParameterDefinition>
        <hudson.model.StringParameterDefinition>
          <name>SLACK_TOKEN</name>`);
    f.p(`          <defaultValue>${slack}</defaultValue>`, slack, 'slack-token', ['jenkins', 'xml']);
    f.t(`        </hudson.model.StringParameterDefinition>
        <hudson.model.PasswordParameterDefinition>
          <name>DB_PASSWORD</name>`);
    f.n(`          <defaultValue>${g.jenkinsEnc()}</defaultValue>`, ['encrypted', 'jenkins']);
    f.t(`        </hudson.model.PasswordParameterDefinition>
      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <builders>
    <hudson.tasks.Shell>
      <command>./deploy.sh "$VERSION"</command>
    </hudson.tasks.Shell>
  </builders>
</project>`);
    out.push(f);
  }

  // ---------- Maven / Nexus ----------
  {
    const f = new F('maven/settings.xml');
    const pw = g.pwSafe();
    f.t(`<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deploy</username>`);
    f.p(`      <password>${pw}</password>`, pw, 'password', ['maven', 'xml']);
    f.t(`    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deploy</username>`);
    f.n('      <password>${env.NEXUS_PASSWORD}</password>', ['env-reference']);
    f.t(`    </server>
    <server>
      <id>corp-mirror</id>
      <username>jdoe</username>`);
    f.n(`      <password>{${g.b64(32)}}</password>`, ['encrypted', 'maven']);
    f.t(`    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>corp-mirror</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.example.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>`);
    out.push(f);
  }
  {
    const f = new F('artifactory/system.yaml');
    const pw = g.pwSafe();
    f.t(`configVersion: 1
shared:
  node:
    id: art-1
    ip: ${host()}
  security:`);
    f.n('    joinKeyFile: /opt/jfrog/artifactory/var/etc/security/join.key', ['path']);
    f.n('    masterKeyFile: /opt/jfrog/artifactory/var/etc/security/master.key', ['path']);
    f.t(`  database:
    type: postgresql
    driver: org.postgresql.Driver
    url: jdbc:postgresql://db-art.internal:5432/artifactory
    username: artifactory`);
    f.p(`    password: ${pw}`, pw, 'password', ['artifactory']);
    f.t(`artifactory:
  port: 8081
  javaOpts:
    xms: "2g"
    xmx: "8g"`);
    out.push(f);
  }
  {
    const f = new F('artifactory/master.key');
    const k = g.hex(64);
    f.p(k, k, 'encryption-key', ['artifactory', 'hex']);
    out.push(f);
  }

  // ---------- SNMP ----------
  {
    const f = new F('snmp/snmpd.conf');
    const comm = g.alnum(18), auth = g.pwSafe(), priv = g.pwSafe();
    f.t(`# snmpd.conf — managed by ansible
sysLocation    FRA1, rack B12
sysContact     ops@example.com
agentaddress   udp:161,udp6:[::1]:161
`);
    f.n('#rocommunity public  localhost', ['comment', 'documented-default']);
    f.n('# com2sec notConfigUser  default       public', ['comment', 'documented-default']);
    f.p(`rocommunity ${comm} 10.20.0.0/16`, comm, 'snmp-community', ['snmp']);
    f.p(`createUser monitor SHA-256 "${auth}" AES "${priv}"`, auth, 'password', ['snmp', 'v3']);
    f.t(`rouser monitor priv
includeDir /etc/snmp/snmpd.conf.d
disk / 10%
load 12 10 5`);
    out.push(f);
  }

  // ---------- Nagios / Icinga ----------
  {
    const f = new F('nagios/resource.cfg');
    const u3 = g.pwSafe(), u5 = g.pwSafe();
    f.t(`###########################################################################
# RESOURCE.CFG - Sample Resource File for Nagios
#
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).
###########################################################################
`);
    f.n('$USER1$=/usr/local/nagios/libexec', ['path']);
    f.l('$USER2$=/usr/local/nagios/libexec/eventhandlers');
    f.p(`$USER3$=${u3}`, u3, 'password', ['nagios']);
    f.p(`$USER5$=${u5}`, u5, 'password', ['nagios']);
    f.n('#$USER4$=somepassword', ['comment', 'placeholder']);
    out.push(f);
  }
  {
    const f = new F('nagios/commands.cfg');
    f.t(`define command {
    command_name    check_mysql_repl`);
    f.n('    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p $USER3$ -S', ['macro-reference']);
    f.t(`}

define command {
    command_name    check_http_auth`);
    f.n('    command_line    $USER1$/check_http -H $HOSTADDRESS$ -a monitor:$USER5$ -S', ['macro-reference']);
    f.l('}');
    out.push(f);
  }
  {
    const f = new F('icinga2/conf.d/api-users.conf');
    const a = g.pwSafe(), b = g.pwSafe();
    f.t(`/**
 * The ApiUser objects are used for authentication against the API.
 */
object ApiUser "root" {`);
    f.p(`  password = "${a}"`, a, 'password', ['icinga2']);
    f.t(`  permissions = [ "*" ]
}

object ApiUser "director" {`);
    f.p(`  password = "${b}"`, b, 'password', ['icinga2']);
    f.t(`  permissions = [ "*" ]
}

object ApiUser "client-pki-ticket" {`);
    f.n('  client_cn = "icinga-master.example.internal"', []);
    f.t(`  permissions = [ "actions/generate-ticket" ]
}`);
    out.push(f);
  }

  // ---------- Zabbix ----------
  {
    const f = new F('zabbix/zabbix_agentd.conf');
    f.t(`PidFile=/run/zabbix/zabbix_agentd.pid
LogFile=/var/log/zabbix/zabbix_agentd.log
LogFileSize=0
Server=zabbix.example.internal
ServerActive=zabbix.example.internal
Hostname=app-worker-07
Include=/etc/zabbix/zabbix_agentd.d/*.conf
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK app-worker-07`);
    f.n('TLSPSKFile=/etc/zabbix/zabbix_agentd.psk', ['path']);
    out.push(f);
  }
  {
    const f = new F('zabbix/zabbix_agentd.psk');
    const k = g.hex(64);
    f.p(k, k, 'zabbix-psk', ['zabbix', 'hex']);
    out.push(f);
  }
  {
    const f = new F('zabbix/zabbix_server.conf');
    const pw = g.pwSafe();
    f.t(`LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost=${host()}
DBName=zabbix
DBUser=zabbix

### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:`);
    f.n('# DBPassword=', ['comment', 'empty']);
    f.p(`DBPassword=${pw}`, pw, 'password', ['zabbix']);
    f.t(`StartPollers=20
CacheSize=512M
Timeout=10
FpingLocation=/usr/bin/fping`);
    out.push(f);
  }

  // ---------- sample / example files (placeholders) ----------
  {
    const f = new F('redis/redis.conf.sample');
    f.t(`# Sample config shipped with the role — copy to redis.conf and edit
port 6379
bind 127.0.0.1`);
    f.n('requirepass changeme', ['sample', 'placeholder']);
    f.n('masterauth <your-master-password>', ['sample', 'placeholder']);
    out.push(f);
  }
  {
    const f = new F('rabbitmq/rabbitmq.conf.example');
    f.t(`# Example only. Real values come from the vault-rendered rabbitmq.conf
listeners.tcp.default = 5672
default_user = admin`);
    f.n('default_pass = CHANGE_ME', ['sample', 'placeholder']);
    f.n('ssl_options.password = ${RABBITMQ_TLS_KEY_PASSWORD}', ['env-reference']);
    out.push(f);
  }
  {
    const f = new F('grafana/grafana.ini.example');
    f.t(`[security]
admin_user = admin`);
    f.n('admin_password = {{ grafana_admin_password }}', ['template']);
    f.n('secret_key = ${GF_SECURITY_SECRET_KEY}', ['env-reference']);
    f.l('', '[database]', 'type = postgres', 'user = grafana');
    f.n('password = xxxxxxxxxxxx', ['placeholder']);
    out.push(f);
  }

  return out;
}
