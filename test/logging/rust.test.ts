import assert from "node:assert/strict";
import { test } from "node:test";
import { prepareRustSource } from "../../server/src/engine/logging/rust.js";
import { runCases } from "./cases.js";

const wrap = (body: string): string =>
  `use log::{debug, error, info, warn};\nuse std::env;\n\npub fn handle(req: &Request, password: &str, token: &AuthToken) -> Result<(), Error> {\n${body}\n    Ok(())\n}\n`;

runCases("rust", [
  { name: "info! positional argument", code: wrap(`    info!("login for {} with {}", req.user, password);`), flag: ["password"] },
  { name: "inline capture", code: wrap(`    let api_key = env::var("PAYMENTS_API_KEY").unwrap();\n    debug!("using key {api_key}");`), flag: ["api_key"] },
  { name: "inline capture with a format spec", code: wrap(`    warn!("auth failed for {password:?}");`), flag: ["password"] },
  { name: "println and eprintln", code: wrap(`    println!("{}", token.access_token);\n    eprintln!("{:?}", token.refresh_token);`), flag: ["token.access_token", "token.refresh_token"] },
  { name: "dbg and panic", code: wrap(`    dbg!(password);\n    panic!("cannot log in with {}", password);`), flag: ["password", "password"] },
  { name: "tracing structured field with % sigil", code: wrap(`    tracing::debug!(access_token = %token.access_token, "token refreshed");`), flag: ["token.access_token"] },
  { name: "tracing field named as a secret with ? sigil", code: wrap(`    let value = req.header("x-session");\n    tracing::info!(session_token = ?value, user = %req.user, "request");`), flag: ["value"] },
  { name: "format! propagates", code: wrap(`    let dsn = format!("postgres://app:{}@db/app", password);\n    info!("connecting to {}", dsn);`), flag: ["dsn"] },
  { name: "format! alone is not a sink", code: wrap(`    let _header = format!("Bearer {}", token.access_token);`), flag: [] },
  { name: "write! into a buffer is not a sink", code: wrap(`    write!(out, "{}", password)?;`), flag: [] },
  { name: "writeln! to stderr is", code: wrap(`    writeln!(std::io::stderr(), "auth with {}", password).ok();\n    writeln!(io::stdout().lock(), "{}", req.user).ok();`), flag: ["password"] },
  { name: "environment variable read", code: wrap(`    let secret = std::env::var("CLIENT_SECRET").expect("missing");\n    error!("secret is {}", secret);`), flag: ["secret"] },
  { name: "whole environment", code: wrap(`    for (k, v) in std::env::vars() { debug!("{}={}", k, v); }\n    debug!("{:?}", std::env::vars());`), flag: ["std::env::vars()"] },
  { name: "struct literal carries its secret field", code: wrap(`    let creds = Credentials { user: req.user.clone(), password: password.to_string() };\n    debug!("{:?}", creds);`), flag: ["creds"] },
  { name: "a struct dumped whole whose secret field the function reads", code: wrap(`    let cfg = load_config()?;\n    info!("config: {:?}", cfg);\n    connect(&cfg.database_password)?;`), flag: ["cfg"] },
  { name: "parameter flow", code: `fn show(v: &str) {\n    log::info!("value {}", v);\n}\n\nfn main() {\n    show(&std::env::var("API_TOKEN").unwrap());\n}\n`, flag: ["v"] },
  { name: "a parameter whose struct derives Debug with a secret field", code: `#[derive(Debug, Clone)]\npub struct ApiConfig {\n    pub base_url: String,\n    pub api_key: String,\n}\n\nfn start(config: ApiConfig) {\n    tracing::debug!(?config, "config");\n    log::info!("{}", config.base_url);\n}\n`, flag: ["config"] },
  { name: "the same struct with its own Display is not a dump", code: `#[derive(Debug)]\npub struct ApiConfig {\n    pub api_key: String,\n}\n\nimpl fmt::Display for ApiConfig {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "ApiConfig") }\n}\n\nfn start(config: ApiConfig) {\n    log::info!("{}", config);\n}\n`, flag: [] },
  { name: "base64 of user:password", code: wrap(`    let creds = format!("{}:{}", req.user, password);\n    debug!("basic {}", base64::encode(creds));\n    debug!("basic {}", general_purpose::STANDARD.encode(format!("{}:{}", req.user, password)));`), flag: ["base64::encode(creds)", "general_purpose::STANDARD.encode(format!(\"{}:{}\", req.user, password))"] },
  { name: "a header map whose authorization the function reads", code: wrap(`    let headers = req.headers();\n    info!("headers: {:?}", headers);\n    debug!("auth {:?}", headers.get("authorization"));`), flag: ["headers", "headers.get(\"authorization\")"] },
  { name: "string built with push_str", code: wrap(`    let mut line = String::from("auth ");\n    line.push_str(password);\n    info!("{}", line);`), flag: ["line"] },
]);

runCases("rust", [
  { name: "username, email and id", code: wrap(`    info!("login for {} <{}> id={}", req.user, req.email, req.user_id);`), flag: [] },
  { name: "token type, expiry and length", code: wrap(`    debug!("token type={} expires_in={} len={}", token.token_type, token.expires_in, token.access_token.len());`), flag: [] },
  { name: "masked, hashed and redacted values", code: wrap(`    info!("pw={} tok={} key={}", mask(password), hash(&token.access_token), redact(&token.refresh_token));`), flag: [] },
  { name: "short prefixes", code: wrap(`    debug!("token prefix {}", &token.access_token[..4]);\n    debug!("token prefix {}", token.access_token.chars().take(4).collect::<String>());`), flag: [] },
  { name: "booleans", code: wrap(`    debug!("has password: {}, token empty: {}", !password.is_empty(), token.access_token.is_empty());`), flag: [] },
  { name: "secret names in messages only", code: wrap(`    warn!("password reset requested");\n    error!("invalid api_key or token for user {}", req.user);`), flag: [] },
  { name: "policy messages", code: wrap(`    info!("passwords must be at least {} characters", MIN_LEN);\n    warn!("token expired at {}", token.expires_at);`), flag: [] },
  { name: "tracing target is not a value", code: wrap(`    tracing::info!(target: "auth", user = %req.user, "signed in");`), flag: [] },
  { name: "a plain function named info is not the macro", code: wrap(`    info(password);`), flag: [] },
  { name: "a macro name inside a string or comment", code: wrap(`    // println!("{}", password);\n    let doc = "println!(password)";\n    info!("{}", doc);`), flag: [] },
  { name: "error values", code: wrap(`    if let Err(e) = verify(password) {\n        error!("verification failed: {}", e);\n    }`), flag: [] },
]);

test("rust: macro rewriting keeps every offset and leaves strings, comments and other macros alone", () => {
  const source = [
    `tracing::info!(target: "auth", user.id = %id, ?session, "x {}", y);`,
    `let s = "println!(nope)"; // debug!(nope)`,
    `let v = vec![1, 2]; let r = r#"info!("q")"#; let c = '!'; fn f<'a>(x: &'a str) { warn!("{}", x?); }`,
  ].join("\n");
  const rewritten = prepareRustSource(source);
  assert.equal(rewritten.length, source.length);
  assert.equal(rewritten.split("\n")[0], `tracing::info (target= "auth", user.id =  id,  session, "x {}", y);`);
  assert.equal(rewritten.split("\n")[1], source.split("\n")[1]);
  assert.ok(rewritten.includes(`vec![1, 2]`) && rewritten.includes(`r#"info!("q")"#`) && rewritten.includes(`warn ("{}", x?)`));
});

runCases("rust", [
  { name: "at most four characters of the key, however long it is", code: wrap(`    println!("partner api key: {}…", &api_key[..api_key.len().min(4)]);`), flag: [] },
  { name: "a method's tail expression returns the key", code: "impl C {\n    fn bearer(&self) -> String {\n        format!(\"Bearer {}\", self.api_key)\n    }\n    fn accept(&self) -> String {\n        String::from(\"application/json\")\n    }\n    fn get(&self) {\n        let b = self.bearer();\n        error!(\"auth {:?}\", b);\n        error!(\"accept {:?}\", self.accept());\n    }\n}\n", flag: ["b"] },
]);
