// SQL dumps (pg_dump COPY format and mysqldump INSERT format).
import { Doc, int, str, reg, ALNUM } from './core.mjs';
import { tok, password, neg } from './tokens.mjs';

const ts = () => `2024-0${int(1, 9)}-${String(int(10, 28))} ${String(int(10, 23))}:${String(int(10, 59))}:${String(int(10, 59))}`;

export function sql() {
  const docs = [];
  // 1. pg_dump plain format
  {
    const d = new Doc('backups/app_production_2024-06-02.sql');
    d.l('--', '-- PostgreSQL database dump', '--', '',
      '-- Dumped from database version 15.6', '-- Dumped by pg_dump version 16.2', '',
      "SET statement_timeout = 0;", "SET lock_timeout = 0;", "SET client_encoding = 'UTF8';",
      "SET standard_conforming_strings = on;", "SELECT pg_catalog.set_config('search_path', '', false);", '',
      'CREATE TABLE public.users (', '    id bigint NOT NULL,', '    email text NOT NULL,',
      '    password_digest character varying(60) NOT NULL,', '    created_at timestamp without time zone NOT NULL', ');', '',
      'CREATE TABLE public.api_keys (', '    id bigint NOT NULL,', '    user_id bigint NOT NULL,', '    label text,',
      '    token text NOT NULL,', '    created_at timestamp without time zone NOT NULL', ');', '',
      'CREATE TABLE public.password_resets (', '    user_id bigint NOT NULL,', '    token_sha256 character(64) NOT NULL,',
      '    expires_at timestamp without time zone', ');', '',
      'CREATE TABLE public.integrations (', '    id bigint NOT NULL,', '    provider text NOT NULL,', '    external_id text,',
      '    credential text', ');', '',
      '--', '-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: app', '--', '',
      'COPY public.users (id, email, password_digest, created_at) FROM stdin;');
    const names = ['amara.okafor', 'li.wei', 'jonas.berg', 'sofia.rossi', 'mateo.garcia'];
    names.forEach((n, i) => d.n(`${i + 1}\t${n}@example.org\t${neg.bcrypt('2a', 12)}\t${ts()}`, 'bcrypt-hash'));
    d.l('\\.', '', '--', '-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: app', '--', '',
      'COPY public.api_keys (id, user_id, label, token, created_at) FROM stdin;');
    d.s(`1\t1\tci-deploy\t${tok.ghp()}\t${ts()}`, 'github-pat', ['sql']);
    d.s(`2\t3\treporting\tak_live_${tok.hex40()}\t${ts()}`, 'generic-api-key', ['sql']);
    d.s(`3\t4\tzapier\t${tok.sessionId()}\t${ts()}`, 'generic-api-key', ['sql']);
    d.l('\\.', '', 'COPY public.password_resets (user_id, token_sha256, expires_at) FROM stdin;');
    for (let i = 0; i < 3; i++) d.n(`${int(1, 5)}\t${neg.sha256()}\t${ts()}`, 'sha256-hash');
    d.l('\\.', '', 'COPY public.integrations (id, provider, external_id, credential) FROM stdin;');
    d.s(`1\tslack\tacme-workspace\t${tok.slackBot()}`, 'slack-token', ['sql']);
    d.s(`2\tsendgrid\t\\N\t${tok.sendgrid()}`, 'sendgrid-api-key', ['sql']);
    d.n(`3\ttwilio\t${neg.twilioSid()}\t\\N`, 'account-sid');
    d.n(`4\tgithub_app\t${int(100000, 999999)}\t${neg.sha1()}`, 'installation-ref', ['sha1']);
    d.l('\\.', '', "SELECT pg_catalog.setval('public.users_id_seq', 5, true);", '',
      'ALTER TABLE ONLY public.users', '    ADD CONSTRAINT users_pkey PRIMARY KEY (id);', '',
      '--', '-- PostgreSQL database dump complete', '--');
    docs.push(d);
  }
  // 2. mysqldump with --skip-extended-insert
  {
    const d = new Doc('backups/legacy_crm.sql');
    d.l('-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)', '--', '-- Host: 10.20.4.11    Database: crm',
      '-- ------------------------------------------------------', '-- Server version\t8.0.36', '',
      '/*!40101 SET NAMES utf8mb4 */;', '/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;', '',
      '--', '-- Table structure for table `oauth_clients`', '--', '',
      'DROP TABLE IF EXISTS `oauth_clients`;', 'CREATE TABLE `oauth_clients` (', '  `id` int NOT NULL AUTO_INCREMENT,',
      '  `name` varchar(64) NOT NULL,', '  `client_id` varchar(80) NOT NULL,', '  `client_secret` varchar(80) DEFAULT NULL,',
      '  `redirect_uri` varchar(255) NOT NULL,', '  PRIMARY KEY (`id`)', ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '',
      'LOCK TABLES `oauth_clients` WRITE;');
    const cs = reg(str(40, ALNUM));
    d.s(`INSERT INTO \`oauth_clients\` VALUES (1,'mobile-app','crm-mobile-ios','${cs}','https://app.example.com/cb');`, 'oauth-client-secret', ['sql']);
    d.n(`INSERT INTO \`oauth_clients\` VALUES (2,'public-spa','${neg.uuid()}',NULL,'https://spa.example.com/callback');`, 'client-id');
    d.l('UNLOCK TABLES;', '', 'DROP TABLE IF EXISTS `staff`;', 'CREATE TABLE `staff` (', '  `id` int NOT NULL,',
      '  `login` varchar(32) NOT NULL,', '  `pw_hash` varchar(255) NOT NULL,', '  `api_token` varchar(64) DEFAULT NULL,',
      '  PRIMARY KEY (`id`)', ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '', 'LOCK TABLES `staff` WRITE;');
    d.n(`INSERT INTO \`staff\` VALUES (1,'hkowalski','${neg.bcrypt('2y', 10)}',NULL);`, 'bcrypt-hash');
    d.n(`INSERT INTO \`staff\` VALUES (2,'mdubois','${neg.bcrypt('2y', 10)}',NULL);`, 'bcrypt-hash');
    d.s(`INSERT INTO \`staff\` VALUES (3,'svc_export','!','${tok.hex32()}');`, 'generic-api-key', ['sql']);
    d.n(`INSERT INTO \`staff\` VALUES (4,'tnguyen','${neg.bcrypt('2y', 10)}','********');`, 'masked');
    d.l('UNLOCK TABLES;', '', 'DROP TABLE IF EXISTS `settings`;', 'CREATE TABLE `settings` (',
      '  `name` varchar(64) NOT NULL,', '  `value` text,', '  PRIMARY KEY (`name`)', ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;', '',
      'LOCK TABLES `settings` WRITE;');
    d.s(`INSERT INTO \`settings\` VALUES ('smtp_password','${password('shell')}');`, 'password', ['sql']);
    d.s(`INSERT INTO \`settings\` VALUES ('maps_api_key','${tok.googleApi()}');`, 'google-api-key', ['sql']);
    d.n(`INSERT INTO \`settings\` VALUES ('asset_manifest_sha256','${neg.sha256()}');`, 'checksum');
    d.n(`INSERT INTO \`settings\` VALUES ('instance_uuid','${neg.uuid()}');`, 'uuid');
    d.n(`INSERT INTO \`settings\` VALUES ('smtp_password_hint','ask ops (see vault: kv/crm/smtp)');`, 'secret-reference');
    d.l('UNLOCK TABLES;', '', '-- Dump completed on 2024-05-30 02:00:04');
    docs.push(d);
  }
  return docs;
}
