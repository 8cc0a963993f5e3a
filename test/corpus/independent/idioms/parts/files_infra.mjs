// Terraform: provider blocks, <<EOF heredocs, tfvars.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { ed25519OpenSsh } from './keys.mjs';
import { rng } from './rng.mjs';

export function providersTf() {
  const b = new FileBuilder('infra/terraform/providers.tf');
  const ak = T.awsKeyId(), as = T.awsSecret(), li = T.alibabaId(), ls = T.alibabaSecret();
  const ssh = ed25519OpenSsh('bastion@acme');
  b.text(`
terraform {
  required_version = ">= 1.6"

  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.60" }
    alicloud   = { source = "aliyun/alicloud", version = "~> 1.230" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
  }

  backend "s3" {
    bucket = "acme-tf-state"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
`);
  b.pos(S('aws-access-key-id', 'aws', 'terraform-provider-block', ak), `  access_key = "${ak}"`);
  b.pos(S('aws-secret-access-key', 'aws', 'terraform-provider-block', as), `  secret_key = "${as}"`);
  b.text(`
}

provider "aws" {
  alias   = "dr"
  region  = "eu-central-1"
  profile = "acme-dr"
`);
  b.neg('placeholder', `  # access_key = "${N.fill(P.akia, 16)}"`);
  b.text(`
}

provider "alicloud" {
  region     = "cn-shanghai"
`);
  b.pos(S('alibaba-access-key-id', 'alibaba', 'terraform-provider-block', li), `  access_key = "${li}"`);
  b.pos(S('alibaba-access-key-secret', 'alibaba', 'terraform-provider-block', ls), `  secret_key = "${ls}"`);
  b.text(`
}

provider "alicloud" {
  alias      = "hk"
  region     = "cn-hongkong"
`);
  b.neg('template-ref', '  access_key = var.alicloud_hk_access_key');
  b.neg('template-ref', '  secret_key = var.alicloud_hk_secret_key');
  b.text(`
}

variable "alicloud_hk_access_key" {
  type = string
}

`);
  b.neg('name-only', 'variable "alicloud_hk_secret_key" {');
  b.text(`
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "cloudflare" {
  secret_id = "prod/cloudflare"
}

provider "cloudflare" {
`);
  b.neg('secret-manager', '  api_token = jsondecode(data.aws_secretsmanager_secret_version.cloudflare.secret_string)["api_token"]');
  b.text(`
}

resource "aws_key_pair" "bastion" {
  key_name   = "bastion"
`);
  b.neg('public-key', `  public_key = "${ssh.publicLine}"`);
  b.text(`
}

resource "aws_instance" "bastion" {
  ami           = "ami-0c1f3a8058fde8814"
  instance_type = "t3.micro"
  key_name      = aws_key_pair.bastion.key_name

  connection {
    type        = "ssh"
    user        = "ec2-user"
    host        = self.public_ip
    private_key = <<EOF
`);
  b.posLines(S('openssh-private-key', 'pem', 'hcl-heredoc', undefined), ssh.lines);
  b.text(`
EOF
  }

  provisioner "remote-exec" {
    inline = ["sudo dnf -y install amazon-cloudwatch-agent"]
  }
}
`);
  return b;
}

export function prodTfvars() {
  const b = new FileBuilder('infra/terraform/envs/prod.tfvars');
  const hk = T.heroku(), dop = T.digitalocean();
  b.text(`
# Production values. Sensitive values should come from TF_VAR_* in CI.
environment    = "prod"
region         = "eu-west-1"
instance_count = 6
instance_type  = "m6i.large"
enable_waf     = true

# Heroku (legacy marketing site until the Q3 migration)
heroku_app_name = "acme-marketing"
heroku_email    = "ops@acme.io"
`);
  b.pos(S('heroku-api-key', 'heroku', 'tfvars', hk), `heroku_api_key  = "${hk}"`);
  b.neg('truncated', `# previous key ${P.heroku}${rng.b62(5)}… revoked in OPS-2318`);
  b.text(`

# DigitalOcean (edge proxies)
`);
  b.pos(S('digitalocean-pat', 'digitalocean', 'tfvars', dop), `digitalocean_token = "${dop}"`);
  b.line('do_region          = "fra1"');
  b.neg('hash-same-length', `do_image_checksum  = "${T.sha256()}"`);
  b.text(`

# Observability
`);
  b.neg('name-only', 'datadog_api_key    = ""');
  b.line('datadog_site       = "datadoghq.eu"');
  b.neg('id-same-shape', `cloudflare_zone_id = "${T.md5()}"`);
  b.text(`

allowed_cidrs = [
  "10.20.0.0/16",
  "192.0.2.0/24",
]

tags = {
  team        = "platform"
  cost_center = "cc-4410"
  managed_by  = "terraform"
}
`);
  return b;
}
