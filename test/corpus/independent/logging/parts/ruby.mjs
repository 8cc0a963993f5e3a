import { source } from './builder.mjs';

const sessionsController = source('storefront/app/controllers/sessions_controller.rb', 'ruby', String.raw`
# frozen_string_literal: true

class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create password_reset]
  before_action :log_login_request, only: :create

  def new
  end

  def create
    user = User.find_by(email: params[:email].to_s.strip.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      user.update_column(:last_sign_in_at, Time.current)
      Rails.logger.info("Login succeeded for user_id=#{user.id}")
      redirect_to root_path
    else
      Rails.logger.warn("Invalid password for user #{params[:email]}") ⟦S:event⟧
      Rails.logger.debug("Failed login params: #{params.to_unsafe_h.inspect}") ⟦L:object⟧
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    Rails.logger.info("Logout user_id=#{session[:user_id]}")
    reset_session
    redirect_to login_path, notice: "Signed out"
  end

  def password_reset
    user = User.find_by(email: params[:email].to_s.strip.downcase)
    if user
      token = user.generate_token_for(:password_reset)
      PasswordMailer.with(user: user, token: token).reset.deliver_later
      Rails.logger.info("Password reset email sent to user_id=#{user.id}")
    else
      Rails.logger.info("Password reset requested for unknown email")
    end
    redirect_to login_path, notice: "If that account exists, we sent a reset link."
  end

  def create_api_token
    scopes = Array(params[:scopes]).map(&:to_s) & ApiToken::SCOPES
    token = current_user.api_tokens.create!(name: params[:name], scopes: scopes)
    Rails.logger.info("Created API token id=#{token.id} scopes=#{token.scopes.join(',')}") ⟦S:scope⟧
    Rails.logger.debug("API token secret: " + token.plaintext) ⟦L:concat⟧
    render json: { id: token.id, token: token.plaintext }, status: :created
  end

  def revoke_api_token
    token = current_user.api_tokens.find(params[:id])
    token.revoke!
    Rails.logger.info("Revoked API token id=#{token.id} (#{current_user.api_tokens.active.count} remaining)")
    head :no_content
  end

  private

  def log_login_request
    filtered = request.headers.env
                      .select { |k, _| k.start_with?("HTTP_") }
                      .except("HTTP_AUTHORIZATION", "HTTP_COOKIE")
    Rails.logger.debug("Login request headers: #{filtered}") ⟦S:redacted-headers⟧
    Rails.logger.debug("Password present: #{params[:password].present?}")
  end
end
`);

const stripeSyncService = source('storefront/app/services/stripe_sync_service.rb', 'ruby', String.raw`
# frozen_string_literal: true

require "digest"
require "json"
require "logger"
require "net/http"

class StripeSyncService
  API_BASE = "https://api.stripe.com/v1"
  PAGE_SIZE = 100

  class AuthenticationError < StandardError; end

  attr_reader :logger

  def initialize(api_key: ENV.fetch("STRIPE_API_KEY"), logger: Logger.new($stdout))
    @api_key = api_key
    @logger = logger
    @logger.progname = "stripe-sync"
    logger.info("StripeSyncService initialised (key fingerprint #{Digest::SHA256.hexdigest(@api_key)[0, 10]})") ⟦S:hashed⟧
    logger.debug("StripeSyncService using key #{@api_key}") ⟦L:template,field⟧
  end

  def sync_customers(since:)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    count = 0
    each_page("/customers", "created[gte]" => since.to_i) do |customers|
      customers.each do |data|
        upsert_customer(data)
        count += 1
      end
    end
    elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
    logger.info(format("synced %d customers in %.1fs", count, elapsed)) ⟦S:count⟧
    count
  rescue AuthenticationError => e
    logger.error("customer sync aborted: #{e.message}")
    0
  end

  private

  def each_page(path, params)
    starting_after = nil
    loop do
      uri = URI("#{API_BASE}#{path}")
      query = params.merge(limit: PAGE_SIZE)
      query[:starting_after] = starting_after if starting_after
      uri.query = URI.encode_www_form(query)

      request = Net::HTTP::Get.new(uri)
      request.basic_auth(@api_key, "") ⟦S:non-log-use⟧
      request["Stripe-Version"] = "2023-10-16"
      response = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 20) { |http| http.request(request) }
      logger.debug("GET #{uri.path} -> #{response.code}")

      if response.code == "401"
        logger.error("Stripe rejected credentials, request headers: #{request.to_hash.inspect}") ⟦L:object⟧
        raise AuthenticationError, "stripe authentication failed"
      end

      body = JSON.parse(response.body)
      yield body.fetch("data")
      break unless body["has_more"]

      starting_after = body["data"].last["id"]
    end
  end

  def upsert_customer(data)
    customer = Customer.find_or_initialize_by(stripe_id: data["id"])
    customer.update!(email: data["email"], name: data["name"], delinquent: data["delinquent"])
    logger.debug("upserted customer #{data['id']}")
  rescue ActiveRecord::RecordInvalid => e
    logger.warn("invalid customer #{data['id']}: #{e.record.errors.full_messages.join(', ')}")
  end
end
`);

const credentialsRake = source('storefront/lib/tasks/credentials.rake', 'ruby', String.raw`
# frozen_string_literal: true

require "securerandom"
require "digest"

namespace :credentials do
  desc "Rotate the database password for the reporting replica"
  task rotate_replica_password: :environment do
    new_password = SecureRandom.base58(32)
    admin_url = ENV.fetch("REPLICA_ADMIN_URL")
    puts "Rotating replica password (#{new_password.length} chars)" ⟦S:length⟧

    conn = PG.connect(admin_url)
    begin
      conn.exec("ALTER ROLE reporting WITH PASSWORD #{conn.escape_literal(new_password)}") ⟦S:non-log-use⟧
      puts "Role reporting updated"
    ensure
      conn.close
    end
    p new_password if ENV["DEBUG"] ⟦L:direct⟧

    VaultClient.new(token: ENV.fetch("VAULT_TOKEN")).write("secret/reporting/db", password: new_password)
    puts "Stored new password in Vault at secret/reporting/db"
  end

  desc "Print the current integration settings (debug only)"
  task show_settings: :environment do
    settings = {
      smtp_host: ENV["SMTP_HOST"],
      smtp_user: ENV["SMTP_USER"],
      smtp_password: ENV["SMTP_PASSWORD"],
      sentry_environment: ENV.fetch("SENTRY_ENVIRONMENT", Rails.env),
    }
    puts "Integration settings:"
    pp settings ⟦L:object⟧
    puts "SMTP password set: #{settings[:smtp_password].present?}"
  end

  desc "Rotate API keys for all active partners"
  task rotate_partner_keys: :environment do
    rotated = 0
    failed = []
    Partner.active.find_each do |partner|
      key = partner.regenerate_api_key!
      PartnerMailer.with(partner: partner, api_key: key).key_rotated.deliver_later
      puts "#{partner.slug}: key id #{partner.api_key_id} rotated" ⟦S:key-id⟧
      rotated += 1
    rescue ActiveRecord::ActiveRecordError => e
      failed << partner.slug
      warn "#{partner.slug}: rotation failed (#{e.class})"
    end
    puts "Rotated #{rotated} partner keys, #{failed.size} failures"
    puts "Failed: #{failed.join(', ')}" if failed.any?
  end

  desc "Check whether an API token is known: rake credentials:verify_token[TOKEN]"
  task :verify_token, [:token] => :environment do |_t, args|
    token = args[:token] || ENV["API_TOKEN"]
    abort "usage: rake credentials:verify_token[TOKEN]" if token.blank?

    digest = Digest::SHA256.hexdigest(token)
    record = ApiToken.find_by(digest: digest)
    puts "Token digest #{digest[0, 12]}: #{record ? 'valid' : 'unknown'}" ⟦S:hashed⟧
    puts "Unknown token: " + token unless record ⟦L:concat,alias⟧
    puts "Owner user_id=#{record.user_id}, scopes=#{record.scopes.join(' ')}" if record
  end
end
`);

const webhookDeliveryJob = source('storefront/app/jobs/webhook_delivery_job.rb', 'ruby', String.raw`
# frozen_string_literal: true

require "base64"
require "net/http"
require "openssl"

class WebhookDeliveryJob < ApplicationJob
  queue_as :webhooks

  class DeliveryFailed < StandardError; end

  retry_on Net::OpenTimeout, Net::ReadTimeout, wait: :polynomially_longer, attempts: 5
  retry_on DeliveryFailed, wait: 30.seconds, attempts: 3

  def self.fan_out(event_type, payload, account_id:)
    endpoints = WebhookEndpoint.enabled.where(account_id: account_id).subscribed_to(event_type)
    endpoints.each { |endpoint| perform_later(endpoint.id, event_type, payload) }
    Rails.logger.info("Enqueued #{endpoints.size} webhook deliveries for #{event_type}")
    endpoints.size
  end

  def perform(endpoint_id, event_type, payload)
    endpoint = WebhookEndpoint.find(endpoint_id)
    body = { type: event_type, data: payload, sent_at: Time.current.iso8601 }.to_json
    signature = OpenSSL::HMAC.hexdigest("SHA256", endpoint.signing_secret, body) ⟦S:non-log-use⟧
    logger.info("Delivering #{event_type} to endpoint #{endpoint.id}")
    logger.debug("Endpoint record: #{endpoint.attributes}") ⟦L:object⟧

    uri = URI(endpoint.url)
    request = build_request(endpoint, uri, body, signature)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond)
    response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https", open_timeout: 5, read_timeout: 10) do |http|
      http.request(request)
    end
    elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond) - started
    logger.info("Webhook #{event_type} -> endpoint #{endpoint.id} responded #{response.code} in #{elapsed}ms") ⟦S:duration⟧

    return endpoint.update!(failure_count: 0, last_success_at: Time.current) if response.is_a?(Net::HTTPSuccess)

    Rails.logger.warn("Webhook delivery failed; payload was signed with secret #{endpoint.signing_secret}") ⟦L:template⟧
    endpoint.increment!(:failure_count)
    Rails.logger.warn("Endpoint #{endpoint.id} failure_count=#{endpoint.failure_count}") ⟦S:count⟧
    endpoint.disable! if endpoint.failure_count >= WebhookEndpoint::MAX_FAILURES
    raise DeliveryFailed, "HTTP #{response.code}"
  end

  private

  def build_request(endpoint, uri, body, signature)
    request = Net::HTTP::Post.new(uri)
    request["Content-Type"] = "application/json"
    request["User-Agent"] = "AcmeWebhooks/2.0"
    request["X-Acme-Signature"] = "sha256=#{signature}"
    if endpoint.auth_token.present?
      request["Authorization"] = "Bearer #{endpoint.auth_token}"
    elsif endpoint.basic_auth_user.present?
      request["Authorization"] = basic_auth_header(endpoint.basic_auth_user, endpoint.basic_auth_password)
    end
    Rails.logger.debug("Outbound headers: #{request.each_header.to_h.except('authorization')}") ⟦S:redacted-headers⟧
    request
  end

  def basic_auth_header(username, password)
    Rails.logger.debug("Building basic auth for #{username} with password #{password}") ⟦L:template,param⟧
    "Basic " + Base64.strict_encode64("#{username}:#{password}")
  end
end
`);

export default [sessionsController, stripeSyncService, credentialsRake, webhookDeliveryJob];
