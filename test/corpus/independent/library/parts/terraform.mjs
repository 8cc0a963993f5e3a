// Terraform provider (Go, SDKv2) for a fictional "Nimbus" cloud: provider, acceptance test, example HCL.
export default function terraform({ t, S, R }) {
  const accToken = S.alnumSecret(48, 'nimbus-api-token');
  const tfToken = S.alnumSecret(48, 'nimbus-api-token');
  const tfAkid = S.akid();
  const tfAwsSecret = S.awsSecret();
  const files = [];

  files.push({ path: 'terraform-provider-nimbus/internal/provider/provider.go', text: t`
package provider

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-sdk/v2/diag"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/validation"

	"github.com/nimbus-cloud/terraform-provider-nimbus/internal/client"
)

const (
@@N:env-var-name|	envAPIToken = "NIMBUS_API_TOKEN"
	envEndpoint = "NIMBUS_ENDPOINT"
	envRegion   = "NIMBUS_REGION"
	defaultURL  = "https://api.nimbus.cloud/v2"
)

// New returns the provider factory. version is set by goreleaser via -ldflags.
func New(version string) func() *schema.Provider {
	return func() *schema.Provider {
		p := &schema.Provider{
			Schema: map[string]*schema.Schema{
				"api_token": {
					Type:        schema.TypeString,
					Optional:    true,
					Sensitive:   true,
@@N:env-read|					DefaultFunc: schema.EnvDefaultFunc(envAPIToken, nil),
@@N:format-doc|					Description: "API token for Nimbus. Tokens are 48 alphanumeric characters. Can also be set with NIMBUS_API_TOKEN.",
				},
				"endpoint": {
					Type:         schema.TypeString,
					Optional:     true,
					DefaultFunc:  schema.EnvDefaultFunc(envEndpoint, defaultURL),
					ValidateFunc: validation.IsURLWithHTTPS,
				},
				"region": {
					Type:        schema.TypeString,
					Optional:    true,
					DefaultFunc: schema.EnvDefaultFunc(envRegion, "eu-central"),
				},
				"request_timeout": {
					Type:     schema.TypeInt,
					Optional: true,
					Default:  60,
				},
			},
			ResourcesMap: map[string]*schema.Resource{
				"nimbus_instance": resourceInstance(),
				"nimbus_bucket":   resourceBucket(),
				"nimbus_dns_zone": resourceDNSZone(),
			},
			DataSourcesMap: map[string]*schema.Resource{
				"nimbus_image":  dataSourceImage(),
				"nimbus_region": dataSourceRegion(),
			},
		}
		p.ConfigureContextFunc = configure(version, p)
		return p
	}
}

func configure(version string, p *schema.Provider) schema.ConfigureContextFunc {
	return func(ctx context.Context, d *schema.ResourceData) (interface{}, diag.Diagnostics) {
@@N:variable-assignment|		token := d.Get("api_token").(string)
		if token == "" {
			return nil, diag.Diagnostics{{
				Severity: diag.Error,
@@N:error-string|				Summary:  "Missing API token",
				Detail:   "Set api_token in the provider block or export NIMBUS_API_TOKEN.",
			}}
		}
		c, err := client.New(client.Options{
			BaseURL:   d.Get("endpoint").(string),
@@N:builder-variable|			Token:     token,
			Region:    d.Get("region").(string),
			Timeout:   time.Duration(d.Get("request_timeout").(int)) * time.Second,
			UserAgent: p.UserAgent("terraform-provider-nimbus", version),
		})
		if err != nil {
			return nil, diag.FromErr(fmt.Errorf("configuring nimbus client: %w", err))
		}
		return c, nil
	}
}
` });

  files.push({ path: 'terraform-provider-nimbus/internal/provider/provider_test.go', text: t`
package provider

import (
	"fmt"
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/acctest"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/resource"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/hashicorp/terraform-plugin-sdk/v2/terraform"
)

var providerFactories = map[string]func() (*schema.Provider, error){
	"nimbus": func() (*schema.Provider, error) { return New("test")(), nil },
}

func TestProvider(t *testing.T) {
	if err := New("dev")().InternalValidate(); err != nil {
		t.Fatalf("err: %s", err)
	}
}

func testAccPreCheck(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("set TF_ACC=1 to run acceptance tests")
	}
	if os.Getenv("NIMBUS_API_TOKEN") == "" {
		// Fall back to the sandbox project token so contributors can run the suite.
@@S:nimbus-api-token#test|		os.Setenv("NIMBUS_API_TOKEN", "${accToken}")
	}
}

func TestAccInstance_basic(t *testing.T) {
	name := acctest.RandomWithPrefix("tf-acc")
	resource.Test(t, resource.TestCase{
		PreCheck:          func() { testAccPreCheck(t) },
		ProviderFactories: providerFactories,
		CheckDestroy:      testAccCheckInstanceDestroy,
		Steps: []resource.TestStep{
			{
				Config: testAccInstanceConfig(name, "s-1vcpu-1gb"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("nimbus_instance.test", "name", name),
					resource.TestCheckResourceAttr("nimbus_instance.test", "size", "s-1vcpu-1gb"),
					resource.TestCheckResourceAttrSet("nimbus_instance.test", "ipv4_address"),
				),
			},
			{
				Config: testAccInstanceConfig(name, "s-2vcpu-2gb"),
				Check:  resource.TestCheckResourceAttr("nimbus_instance.test", "size", "s-2vcpu-2gb"),
			},
		},
	})
}

func TestProviderConfigure_missingToken(t *testing.T) {
	t.Setenv("NIMBUS_API_TOKEN", "")
	p := New("test")()
	diags := p.Configure(nil, terraform.NewResourceConfigRaw(map[string]interface{}{}))
	if !diags.HasError() {
		t.Fatal("expected an error without a token")
	}
}

func TestProviderConfigure_explicitToken(t *testing.T) {
	p := New("test")()
	raw := map[string]interface{}{
@@N:dummy-named|		"api_token": "dummy-token-for-unit-test",
		"endpoint":  "https://localhost:8443/v2",
	}
	if diags := p.Configure(nil, terraform.NewResourceConfigRaw(raw)); diags.HasError() {
		t.Fatalf("unexpected error: %v", diags)
	}
}

func testAccCheckInstanceDestroy(s *terraform.State) error {
	for _, rs := range s.RootModule().Resources {
		if rs.Type != "nimbus_instance" {
			continue
		}
		if rs.Primary.ID != "" {
			return fmt.Errorf("instance %s still exists", rs.Primary.ID)
		}
	}
	return nil
}

func testAccInstanceConfig(name, size string) string {
	return fmt.Sprintf(\`
resource "nimbus_instance" "test" {
  name   = %q
  size   = %q
  image  = "ubuntu-22-04"
  region = "eu-central"
}
\`, name, size)
}
` });

  files.push({ path: 'terraform-provider-nimbus/examples/complete/main.tf', text: t`
terraform {
  required_version = ">= 1.5.0"
  required_providers {
    nimbus = {
      source  = "nimbus-cloud/nimbus"
@@N:version-string|      version = "~> 2.3"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "nimbus_token" {
  type        = string
@@N:config-key-name|  description = "Nimbus API token (export TF_VAR_nimbus_token)"
  sensitive   = true
}

variable "ssh_public_key_path" {
  type    = string
  default = "~/.ssh/id_ed25519.pub"
}

provider "nimbus" {
  # TODO(marek): switch back to var.nimbus_token before merging
  # api_token = var.nimbus_token
@@S:nimbus-api-token#example|  api_token = "${tfToken}"
  region    = "eu-central"
}

provider "aws" {
  region     = "eu-west-1"
@@S:aws-access-key-id#example|  access_key = "${tfAkid}"
@@S:aws-secret-access-key#example|  secret_key = "${tfAwsSecret}"
}

resource "nimbus_ssh_key" "deploy" {
  name       = "deploy"
@@N:file-read|  public_key = file(pathexpand(var.ssh_public_key_path))
}

resource "nimbus_instance" "web" {
  count    = 2
  name     = "web-\${count.index}"
  size     = "s-2vcpu-4gb"
  image    = "ubuntu-22-04"
  region   = "eu-central"
  ssh_keys = [nimbus_ssh_key.deploy.id]
  tags     = ["web", "example"]
}

resource "nimbus_bucket" "assets" {
  name   = "example-assets"
  region = "eu-central"
  acl    = "private"
}

resource "aws_route53_record" "web" {
  zone_id = "Z0123456789EXAMPLE"
  name    = "www.example.com"
  type    = "A"
  ttl     = 300
  records = nimbus_instance.web[*].ipv4_address
}

output "web_ips" {
  value = nimbus_instance.web[*].ipv4_address
}

output "bucket_endpoint" {
  value = nimbus_bucket.assets.endpoint
}
` });
  return files;
}
