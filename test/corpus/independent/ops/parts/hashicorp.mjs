import { FB, pw, rr, rs, hex, reg, uuid } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

const HCL_SYM = '!@%^*-_+=.';

export default function hashicorp() {
  const out = [];

  // ---------------------------------------------------------------- Nomad server
  {
    const f = new FB('nomad/server.hcl');
    f.o(`# /etc/nomad.d/server.hcl - rendered by packer, then managed by ansible
datacenter = "eu-west-1a"
region     = "eu"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

advertise {
  http = "{{ GetPrivateIP }}"
  rpc  = "{{ GetPrivateIP }}"
  serf = "{{ GetPrivateIP }}"
}

server {
  enabled          = true
  bootstrap_expect = 3`);
    f.s(`  encrypt          = "${T.gossipKey()}"`, 'gossip-encryption-key', ['hcl', 'nomad']);
    f.o(`
  server_join {
    retry_join = ["provider=aws tag_key=nomad-role tag_value=server"]
  }
}

acl {
  enabled = true
}

tls {
  http = true
  rpc  = true

  ca_file   = "/etc/nomad.d/tls/nomad-agent-ca.pem"
  cert_file = "/etc/nomad.d/tls/global-server-nomad.pem"`);
    f.n(`  key_file  = "/etc/nomad.d/tls/global-server-nomad-key.pem"`, 'file-reference');
    f.o(`
  verify_server_hostname = true
  verify_https_client    = false
}

consul {
  address   = "127.0.0.1:8501"
  ssl       = true
  ca_file   = "/etc/consul.d/tls/consul-agent-ca.pem"
  # ACL token is provided via the CONSUL_HTTP_TOKEN environment variable
}

vault {
  enabled          = true
  address          = "https://vault.service.consul:8200"
  create_from_role = "nomad-cluster"`);
    f.s(`  token            = "${T.vaultToken()}"`, 'vault-token', ['hcl', 'nomad']);
    f.o(`}

telemetry {
  collection_interval        = "10s"
  prometheus_metrics         = true
  publish_allocation_metrics = true
  publish_node_metrics       = true
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Consul agent
  {
    const f = new FB('consul/consul.hcl');
    f.o(`# Consul server configuration (dc1)
datacenter = "dc1"
data_dir   = "/opt/consul"
log_level  = "INFO"
server     = true
bootstrap_expect = 3
client_addr = "0.0.0.0"`);
    f.n(`node_id    = "${uuid()}"`, 'identifier');
    f.o(`
retry_join = ["10.40.0.10", "10.40.0.11", "10.40.0.12"]
`);
    f.s(`encrypt = "${T.gossipKey()}"`, 'gossip-encryption-key', ['hcl', 'consul']);
    f.o(`encrypt_verify_incoming = true
encrypt_verify_outgoing = true

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true

  tokens {`);
    f.s(`    agent              = "${T.consulToken()}"`, 'consul-acl-token', ['hcl', 'consul']);
    f.n(`    default            = ""`, 'empty-value');
    f.o(`  }
}

tls {
  defaults {
    ca_file   = "/etc/consul.d/tls/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/tls/dc1-server-consul-0.pem"`);
    f.n(`    key_file  = "/etc/consul.d/tls/dc1-server-consul-0-key.pem"`, 'file-reference');
    f.o(`    verify_incoming = true
    verify_outgoing = true
  }
}

auto_encrypt {
  allow_tls = true
}

ui_config {
  enabled          = true
  metrics_provider = "prometheus"
}

ports {
  https = 8501
  grpc_tls = 8503
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Vault agent
  {
    const f = new FB('vault/agent/billing-agent.hcl');
    f.o(`# Vault agent for billing hosts`);
    f.n(`# break-glass token accessor (for revocation only): ${rs(24)}`, 'token-accessor');
    f.o(`pid_file = "/run/vault-agent/pidfile"

vault {
  address = "https://vault.example.com:8200"
  ca_cert = "/etc/vault-agent/ca.pem"
  retry {
    num_retries = 5
  }
}

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {`);
    f.n(`      role_id_file_path                   = "/etc/vault-agent/role-id"`, 'file-reference');
    f.n(`      secret_id_file_path                 = "/etc/vault-agent/secret-id"`, 'file-reference');
    f.o(`      remove_secret_id_file_after_reading = false
    }
  }

  sink "file" {
    config = {
      path = "/run/vault-agent/token"
      mode = 0640
    }
  }
}

cache {
  use_auto_auth_token = true
}

listener "unix" {
  address     = "/run/vault-agent/agent.sock"
  tls_disable = true
}

template {
  destination = "/etc/billing/db.env"
  perms       = "0600"
  contents    = <<EOT`);
    f.n(`{{ with secret "database/creds/billing-rw" }}`, 'secret-store-reference');
    f.o(`PGUSER={{ .Data.username }}`);
    f.n(`PGPASSWORD={{ .Data.password }}`, 'template-reference');
    f.o(`{{ end }}
EOT
  command     = "systemctl reload billing-api"
}

template {
  source      = "/etc/vault-agent/templates/tls.key.ctmpl"
  destination = "/etc/billing/tls.key"
  perms       = "0600"
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Packer
  {
    const f = new FB('packer/ubuntu-base.pkr.hcl');
    f.o(`packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
    vsphere = {
      version = ">= 1.2.4"
      source  = "github.com/hashicorp/vsphere"
    }
  }
}

variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

variable "vsphere_password" {
  type      = string
  sensitive = true`);
    f.s(`  default   = "${pw({ sym: HCL_SYM })}"`, 'password', ['hcl', 'packer']);
    f.o(`}

variable "registry_user" {
  type    = string
  default = "acmeci"
}

variable "ssh_password" {
  type      = string
  sensitive = true`);
    f.n(`  default   = env("PKR_SSH_PASSWORD")`, 'env-reference');
    f.o(`}

source "vsphere-iso" "ubuntu" {
  vcenter_server      = "vcsa01.corp.example.com"
  username            = "svc-packer@vsphere.local"`);
    f.n(`  password            = var.vsphere_password`, 'variable-reference');
    f.o(`  insecure_connection = true
  datacenter          = "DC-AMS"
  cluster             = "compute-01"
  datastore           = "vsanDatastore"
  guest_os_type       = "ubuntu64Guest"
  CPUs                = 2
  RAM                 = 4096

  iso_url      = "https://releases.ubuntu.com/22.04.4/ubuntu-22.04.4-live-server-amd64.iso"`);
    f.n(`  iso_checksum = "sha256:${N.sha256hex()}"`, 'checksum');
    f.o(`
  ssh_username = "packer"`);
    f.n(`  ssh_password = var.ssh_password`, 'variable-reference');
    f.o(`  ssh_timeout  = "30m"
  http_directory = "http"
}

source "amazon-ebs" "ubuntu" {
  region        = var.aws_region
  instance_type = "t3.small"
  ssh_username  = "ubuntu"
  ami_name      = "acme-ubuntu-22.04-{{timestamp}}"

  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
      virtualization-type = "hvm"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
}

build {
  sources = ["source.vsphere-iso.ubuntu", "source.amazon-ebs.ubuntu"]

  provisioner "shell" {
    environment_vars = [
      "DEBIAN_FRONTEND=noninteractive",`);
    f.s(`      "REGISTRY_TOKEN=${T.dockerPat()}",`, 'docker-hub-pat', ['hcl', 'packer']);
      f.n(`      "REGISTRY_USER=\${var.registry_user}",`, 'variable-reference');
    f.o(`    ]
    scripts = ["scripts/base.sh", "scripts/docker.sh", "scripts/cleanup.sh"]
  }
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Vagrantfile
  {
    const f = new FB('vagrant/Vagrantfile');
    f.o(`# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-22.04"
  config.vm.box_version = "202401.31.0"`);
    f.n(`  config.vm.box_download_checksum = "${N.sha256hex()}"`, 'checksum');
    f.o(`  config.vm.box_download_checksum_type = "sha256"

  config.ssh.insert_key = false`);
    f.n(`  config.ssh.private_key_path = ["~/.vagrant.d/insecure_private_key", "~/.ssh/id_ed25519"]`, 'file-reference');
    f.o(`
  # Share the repo over SMB on Windows hosts
  config.vm.synced_folder ".", "/vagrant", type: "smb",
    smb_username: "jdoe",`);
    f.n(`    smb_password: ENV["VAGRANT_SMB_PASSWORD"]`, 'env-reference');
    f.o(`
  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end
`);
    f.n(`  config.vm.provision "shell", env: { "APT_PROXY_PASSWORD" => ENV.fetch("APT_PROXY_PASSWORD", "") }, inline: <<-SHELL`, 'env-reference');
    f.n(`    echo "Acquire::http::Proxy \\"http://proxy:\${APT_PROXY_PASSWORD}@apt-cache.corp.example.com:3142\\";" > /etc/apt/apt.conf.d/01proxy`, 'variable-reference');
    f.o(`    apt-get update -qq
  SHELL

  config.vm.define "ci-runner" do |ci|
    ci.vm.hostname = "ci-runner.local"
    ci.vm.network "private_network", ip: "192.168.56.20"
    ci.vm.provision "shell", path: "scripts/install-runner.sh",`);
    f.s(`      env: { "RUNNER_TOKEN" => "${T.gitlabRunnerToken()}" }`, 'gitlab-runner-token', ['ruby', 'vagrant']);
    f.o(`  end

  config.vm.define "db" do |db|
    db.vm.hostname = "db.local"
    db.vm.network "private_network", ip: "192.168.56.30"
    db.vm.network "forwarded_port", guest: 5432, host: 15432
  end
end`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Terraform backend
  {
    const f = new FB('terraform/prod/backend.tf');
    f.o(`terraform {
  required_version = ">= 1.5.0"

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "network/prod/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true`);
    f.n(`    kms_key_id     = "arn:aws:kms:eu-west-1:${rr(100000000000, 999999999999)}:key/${uuid()}"`, 'identifier');
    f.s(`    access_key     = "${T.awsKeyId()}"`, 'aws-access-key-id', ['hcl', 'terraform']);
    f.s(`    secret_key     = "${T.awsSecret()}"`, 'aws-secret-access-key', ['hcl', 'terraform']);
    f.o(`  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.37"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "cloudflare" {`);
    f.n(`  api_token = var.cloudflare_api_token`, 'variable-reference');
    f.o(`}

provider "datadog" {`);
    f.s(`  api_key = "${T.datadogApiKey()}"`, 'datadog-api-key', ['hcl', 'terraform']);
    f.n(`  app_key = var.datadog_app_key`, 'variable-reference');
    f.o(`  api_url = "https://api.datadoghq.eu/"
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true`);
    f.n(`  default   = ""`, 'empty-value');
    f.o(`}`);
    out.push(f);
  }

  return out;
}
