// Database driver (Go): config parsing, connection example, docs.
export default function dbdriver({ t, S, R }) {
  const dsnPw = S.password('db-password');
  const cfgPw = S.password('db-password');
  const files = [];

  files.push({ path: 'tinypg/config.go', text: t`
package tinypg

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

const (
@@N:env-var-name|	envPassword = "PGPASSWORD"
	envUser     = "PGUSER"
	envHost     = "PGHOST"
	envPort     = "PGPORT"
	envDatabase = "PGDATABASE"
@@N:env-var-name|	envPassFile = "PGPASSFILE"
	defaultPort = 5432
)

// ErrMissingPassword is returned when the server requests password auth but none is configured.
@@N:error-string|var ErrMissingPassword = errors.New("tinypg: server requested password authentication but no password was provided")

// Config describes how to reach a PostgreSQL server.
//
// Connection strings use the libpq URI form:
//
@@N:format-doc|//	postgres://user:password@host:port/dbname?sslmode=verify-full
type Config struct {
	Host           string
	Port           uint16
	User           string
@@N:type-definition|	password       string
	Database       string
	SSLMode        string
	ConnectTimeout time.Duration
	RuntimeParams  map[string]string
}

// Password returns the configured password (possibly empty).
@@N:getter-setter|func (c *Config) Password() string { return c.password }

// SetPassword overrides the password, e.g. after fetching a short-lived IAM token.
@@N:getter-setter|func (c *Config) SetPassword(pw string) { c.password = pw }

// String renders the config with the password masked, safe for logs.
func (c *Config) String() string {
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort(c.Host, strconv.Itoa(int(c.Port))), Path: "/" + c.Database}
	if c.password != "" {
@@N:redacted|		u.User = url.UserPassword(c.User, "xxxxx")
	} else {
		u.User = url.User(c.User)
	}
	return u.String()
}

// ParseConfig parses a URI connection string and fills unset fields from PG* environment variables.
func ParseConfig(connString string) (*Config, error) {
	cfg := &Config{Port: defaultPort, SSLMode: "prefer", ConnectTimeout: 10 * time.Second, RuntimeParams: map[string]string{}}
	if connString != "" {
		u, err := url.Parse(connString)
		if err != nil {
			return nil, fmt.Errorf("tinypg: invalid connection string: %w", err)
		}
		if u.Scheme != "postgres" && u.Scheme != "postgresql" {
			return nil, fmt.Errorf("tinypg: unsupported scheme %q", u.Scheme)
		}
		cfg.Host = u.Hostname()
		if p := u.Port(); p != "" {
			n, err := strconv.ParseUint(p, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("tinypg: invalid port %q", p)
			}
			cfg.Port = uint16(n)
		}
		if u.User != nil {
			cfg.User = u.User.Username()
@@N:variable-assignment|			cfg.password, _ = u.User.Password()
		}
		cfg.Database = strings.TrimPrefix(u.Path, "/")
		for k, v := range u.Query() {
			switch k {
			case "sslmode":
				cfg.SSLMode = v[0]
			case "connect_timeout":
				secs, _ := strconv.Atoi(v[0])
				cfg.ConnectTimeout = time.Duration(secs) * time.Second
			default:
				cfg.RuntimeParams[k] = v[0]
			}
		}
	}
	if cfg.Host == "" {
		cfg.Host = getenv(envHost, "localhost")
	}
	if cfg.User == "" {
		cfg.User = getenv(envUser, os.Getenv("USER"))
	}
	if cfg.password == "" {
@@N:env-read|		cfg.password = os.Getenv(envPassword)
	}
	if cfg.Database == "" {
		cfg.Database = getenv(envDatabase, cfg.User)
	}
	return cfg, nil
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}
` });

  files.push({ path: 'tinypg/examples/connect/main.go', text: t`
// Command connect shows the different ways of opening a tinypg connection.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/tinypg/tinypg"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()

	// 1. From the environment (PGHOST, PGUSER, PGPASSWORD, ...). Preferred.
	if os.Getenv("PGHOST") != "" {
		conn, err := tinypg.Connect(ctx, "")
		if err != nil {
			log.Fatalf("connect via env: %v", err)
		}
		defer conn.Close(ctx)
		printVersion(ctx, conn)
		return
	}

	// 2. From a URI. This points at the shared staging cluster used for the benchmarks.
@@S:db-connection-string#example|	conn, err := tinypg.Connect(ctx, "postgres://bench:${dsnPw}@pg-staging.tinypg.dev:5432/bench?sslmode=require")
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	printVersion(ctx, conn)

	// 3. From an explicit Config, e.g. when the password comes from a secret manager.
	cfg, err := tinypg.ParseConfig("postgres://replicator@pg-replica.tinypg.dev:5432/postgres")
	if err != nil {
		log.Fatal(err)
	}
@@S:password#example|	cfg.SetPassword("${cfgPw}")
	cfg.RuntimeParams["application_name"] = "tinypg-example"
	replica, err := tinypg.ConnectConfig(ctx, cfg)
	if err != nil {
		log.Fatalf("connect replica: %v", err)
	}
	defer replica.Close(ctx)
	fmt.Println("connected as", cfg) // password is masked by Config.String

	rows, err := replica.Query(ctx, "select slot_name, active from pg_replication_slots")
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var active bool
		if err := rows.Scan(&name, &active); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-30s %v\n", name, active)
	}
}

func printVersion(ctx context.Context, conn *tinypg.Conn) {
	var v string
	if err := conn.QueryRow(ctx, "select version()").Scan(&v); err != nil {
		log.Fatal(err)
	}
	fmt.Println(v)
}
` });

  files.push({ path: 'tinypg/docs/connecting.md', text: t`
# Connecting

tinypg accepts libpq-style URIs and the standard \`PG*\` environment variables.

## Connection URIs

@@N:format-doc|    postgres://[user[:password]@][host][:port][/dbname][?param=value&...]

Examples:

\`\`\`go
conn, err := tinypg.Connect(ctx, "postgres://app@localhost/appdb")
@@N:placeholder|conn, err := tinypg.Connect(ctx, "postgres://app:<password>@db.example.com:5432/appdb?sslmode=verify-full")
@@N:placeholder|conn, err := tinypg.Connect(ctx, "postgresql://user:secret@localhost/test")
\`\`\`

Percent-encode reserved characters in the password (\`@\` becomes \`%40\`).

## Environment variables

| Variable       | Meaning                                  | Default       |
|----------------|------------------------------------------|---------------|
| \`PGHOST\`       | Server host name or socket directory     | \`localhost\`   |
| \`PGPORT\`       | Server port                              | \`5432\`        |
| \`PGUSER\`       | Role name                                | \`$USER\`       |
@@N:env-var-name|| \`PGPASSWORD\`   | Password (prefer \`PGPASSFILE\`)           | none          |
| \`PGDATABASE\`   | Database name                            | same as user  |
| \`PGSSLMODE\`    | \`disable\`, \`prefer\`, \`require\`, \`verify-full\` | \`prefer\` |

## Password file

Lines in \`~/.pgpass\` have the form:

@@N:format-doc|    hostname:port:database:username:password

The file must not be group- or world-readable (\`chmod 0600 ~/.pgpass\`).

## Short-lived credentials

When using AWS RDS IAM authentication, generate a token per connection:

\`\`\`go
cfg, _ := tinypg.ParseConfig(os.Getenv("DATABASE_URL"))
@@N:builder-variable|token, err := auth.BuildAuthToken(ctx, endpoint, region, cfg.User, creds)
@@N:getter-setter|cfg.SetPassword(token)
conn, err := tinypg.ConnectConfig(ctx, cfg)
\`\`\`

## TLS

\`sslmode=verify-full\` verifies both the chain and the host name. Supply a CA
bundle with \`sslrootcert=/path/to/root.crt\`.

## Troubleshooting

| Error                                                    | Cause                                 |
|----------------------------------------------------------|---------------------------------------|
@@N:error-string|| \`password authentication failed for user "app"\`        | Wrong password or pg_hba.conf method  |
| \`server requested password authentication but ...\`     | No password set; check \`PGPASSWORD\`   |
| \`no pg_hba.conf entry for host\`                          | Client IP not allowed                 |
| \`x509: certificate signed by unknown authority\`          | Missing \`sslrootcert\`                 |

Logged configs never contain the password: \`Config.String()\` prints
\`postgres://app:xxxxx@db.example.com:5432/appdb\`.
` });
  return files;
}
