import { runCases } from "./cases.js";

runCases("ruby", [
  { name: "puts and p", code: "def m(password)\n  puts password\n  p password\nend\n", flag: ["password", "password"] },
  { name: "logger with interpolation", code: "def m(token)\n  logger.info \"t=#{token}\"\nend\n", flag: ["token"] },
  { name: "Rails.logger block form", code: "def m\n  Rails.logger.debug { \"k #{api_key}\" }\nend\n", flag: ["api_key"] },
  { name: "$stderr", code: "$stderr.puts(client_secret)\n", flag: ["client_secret"] },
  { name: "Logger instance in a constant", code: "LOG = Logger.new($stdout)\nLOG.warn(secret)\n", flag: ["secret"] },
  { name: "params and ENV dumps", code: "def create\n  logger.info params\n  puts ENV\nend\n", flag: ["params", "ENV"] },
  { name: "ENV lookups", code: "puts ENV['HOME']\nputs ENV.fetch('STRIPE_SECRET_KEY')\n", flag: ["ENV.fetch('STRIPE_SECRET_KEY')"] },
  { name: "params[:password] flow", code: "def create\n  pw = params[:password]\n  logger.info(\"pw: \" + pw)\nend\n", flag: ["pw"] },
  { name: "hash literal flow", code: "def m(pw)\n  h = { user: 'bob', password: pw }\n  logger.info(h)\n  logger.info(h[:user])\nend\n", flag: ["h"] },
  { name: "hash argument", code: "logger.info(password: pw, user: u)\n", flag: ["pw"] },
  { name: "gsub /./ masks; sub /./ does not", code: "def m(secret)\n  puts secret.gsub(/./, '*')\n  puts secret.sub(/./, '*')\nend\n", flag: ["secret.sub(/./, '*')"] },
  { name: "digest and nil?", code: "def m(secret)\n  puts Digest::SHA256.hexdigest(secret)\n  puts secret.nil?\n  puts secret.length\nend\n", flag: [] },
  { name: "constant", code: "DEFAULT_PASSWORD = 'changeme'\nputs DEFAULT_PASSWORD\n", flag: [] },
  { name: "method parameter flow", code: "def emit(v)\n  puts v\nend\nemit(ENV['API_TOKEN'])\n", flag: ["v"] },
  { name: "p, pp, puts, warn with an if/unless modifier", code: "def m(new_password, verbose)\n  p new_password if verbose\n  pp new_password unless verbose\n  warn new_password if verbose\nend\n", flag: ["new_password", "new_password", "new_password"] },
  { name: "a generated password is the secret", code: "task :rotate do\n  new_password = SecureRandom.base58(32)\n  puts \"length #{new_password.length}\"\n  p new_password if ENV[\"DEBUG\"]\n  request_id = SecureRandom.uuid\n  puts request_id\nend\n", flag: ["new_password"] },
  { name: "attribute readers named as secrets", code: "def m(endpoint, token)\n  Rails.logger.warn(\"signed with secret #{endpoint.signing_secret}\")\n  Rails.logger.debug(\"API token secret: \" + token.plaintext)\nend\n", flag: ["endpoint.signing_secret", "token.plaintext"] },
  { name: "attribute readers that describe or act on a secret", code: "def m(endpoint, token, user, item)\n  logger.info(\"#{endpoint.url} #{token.id} #{token.expired?} #{user.password?} #{user.password_digest}\")\n  logger.info(\"#{partner.regenerate_api_key!} #{user.refresh_token!} #{endpoint.secret_name} #{item.value}\")\nend\n", flag: [] },
]);

runCases("ruby", [
  { name: "sign-in form parameters and a session cookie", code: "class SessionsController < ApplicationController\n  def create\n    logger.debug \"session params: #{params[:session].inspect}\"\n    Rails.logger.debug(\"Session cookie: #{cookies[:_acme_session]}\")\n    logger.debug \"locale: #{params[:locale]} theme: #{cookies[:theme]}\"\n  end\nend\n", flag: ["params[:session]", "cookies[:_acme_session]"] },
  { name: "a method of no arguments called without parentheses returns the key", code: "class C\n  def headers\n    { \"Authorization\" => \"Bearer #{@api_key}\" }\n  end\n  def accept\n    \"application/json\"\n  end\n  def get\n    @logger.debug(\"request headers: #{headers.inspect}\")\n    @logger.debug(\"accept: #{accept}\")\n  end\nend\n", flag: ["headers.inspect"] },
]);
