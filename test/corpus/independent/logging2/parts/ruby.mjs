import { t, build } from './builder.mjs';

const shopifyController = build('app/controllers/webhooks/shopify_controller.rb', 'ruby', t`
# frozen_string_literal: true

require "net/http"

module Webhooks
  class ShopifyController < ActionController::API
    before_action :verify_hmac!

    TOPIC_HANDLERS = {
      "orders/create" => Shopify::OrderCreatedJob,
      "orders/cancelled" => Shopify::OrderCancelledJob,
      "app/uninstalled" => Shopify::AppUninstalledJob
    }.freeze

    def receive
      topic = request.headers["X-Shopify-Topic"]
      shop_domain = request.headers["X-Shopify-Shop-Domain"]
      handler = TOPIC_HANDLERS[topic]
      if handler.nil?
        Rails.logger.info("[shopify] ignoring topic=#{topic} shop=#{shop_domain}")
        return head :ok
      end

      shop = Shop.find_by(domain: shop_domain)
      unless shop
        Rails.logger.warn("[shopify] webhook for unknown shop #{shop_domain}")
        return head :not_found
      end

      handler.perform_later(shop.id, request.raw_post)
@@S:mentions-word-only|      Rails.logger.info("[shopify] queued #{topic} for shop #{shop.id}; access token not required")
      head :accepted
    end

    def self.register_webhooks(shop, address)
      token = shop.access_token
      uri = URI("https://#{shop.domain}/admin/api/2024-01/webhooks.json")
      TOPIC_HANDLERS.each_key do |topic|
        req = Net::HTTP::Post.new(uri)
@@S:non-log-use|        req["X-Shopify-Access-Token"] = token
        req["Content-Type"] = "application/json"
        req.body = { webhook: { topic: topic, address: address, format: "json" } }.to_json
        res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
        if res.is_a?(Net::HTTPSuccess)
@@S:masked-last4|          Rails.logger.info("[shopify] registered #{topic} for #{shop.domain} (token ...#{token[-4..]})")
        else
@@L:structured-field,via-variable|          Rails.logger.error({ event: "shopify.webhook_register_failed", shop: shop.domain, topic: topic, access_token: token, status: res.code }.to_json)
        end
      end
    end

    private

    def webhook_secret
      Rails.application.credentials.dig(:shopify, :webhook_secret) || ENV.fetch("SHOPIFY_WEBHOOK_SECRET")
    end

    def verify_hmac!
      secret = webhook_secret
      provided = request.headers["X-Shopify-Hmac-Sha256"].to_s
      digest = OpenSSL::HMAC.digest("sha256", secret, request.raw_post)
      computed = Base64.strict_encode64(digest)
      return if ActiveSupport::SecurityUtils.secure_compare(computed, provided)

@@L:interpolation,via-variable|      Rails.logger.warn("[shopify] HMAC mismatch computed=#{computed} provided=#{provided} secret=#{secret}")
@@S:bool|      Rails.logger.warn("[shopify] rejecting webhook, secret_present=#{secret.present?} header_present=#{provided.present?}")
      head :unauthorized
    end
  end
end
`);

const mailchimpJob = build('app/jobs/mailchimp_sync_job.rb', 'ruby', t`
# frozen_string_literal: true

require "net/http"
require "json"

class MailchimpSyncJob
  include Sidekiq::Job
  sidekiq_options queue: :integrations, retry: 5

  class ApiError < StandardError; end

  sidekiq_retries_exhausted do |job, ex|
    Sidekiq.logger.error("MailchimpSyncJob exhausted retries for list #{job['args'].first}: #{ex.class}")
  end

  def perform(list_id)
    api_key = ENV.fetch("MAILCHIMP_API_KEY")
    dc = api_key.split("-").last
    base = "https://#{dc}.api.mailchimp.com/3.0"
@@S:masked-last4|    logger.info("Mailchimp sync starting list=#{list_id} dc=#{dc} key=****#{api_key[-4..]}")
    return unless verify_key!(base, api_key)

    members = fetch_members(base, list_id, api_key)
    synced = 0
    members.each do |m|
      contact = Contact.find_or_initialize_by(email: m["email_address"])
      contact.update!(mailchimp_status: m["status"], mailchimp_id: m["id"])
      synced += 1
    end
@@S:count-field|    logger.info(event: "mailchimp.sync", list: list_id, members: synced, api_keys_loaded: 1)
  rescue ApiError => e
    logger.warn("Mailchimp sync failed for list #{list_id}: #{e.class}")
    raise
  end

  private

  def verify_key!(base, api_key)
@@?|    message = "Mailchimp ping failed using key #{api_key}"
    uri = URI("#{base}/ping")
    req = Net::HTTP::Get.new(uri)
@@S:non-log-use|    req.basic_auth("anystring", api_key)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
@@?|    raise ApiError, message unless res.is_a?(Net::HTTPSuccess)

    true
  rescue ApiError => e
@@L:error-message,via-variable|    logger.error(e.message)
    false
  end

  def fetch_members(base, list_id, api_key)
    uri = URI("#{base}/lists/#{list_id}/members?count=1000&fields=members.id,members.email_address,members.status")
    req = Net::HTTP::Get.new(uri)
    req.basic_auth("anystring", api_key)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 30) { |http| http.request(req) }
    raise ApiError, "HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).fetch("members", [])
  end

  def export_url(base, list_id, api_key)
    "#{base.sub('/3.0', '')}/export/1.0/list?apikey=#{api_key}&id=#{list_id}"
  end

  def legacy_export(base, list_id, api_key)
    url = export_url(base, list_id, api_key)
    attempts = 0
    begin
      attempts += 1
      body = Net::HTTP.get(URI(url))
@@S:length|      logger.debug("legacy export returned #{body.bytesize} bytes (attempt #{attempts})")
      body
    rescue Net::ReadTimeout, SocketError => e
@@L:url-query-token,interpolation,via-param|      logger.warn("legacy export #{url} failed: #{e.class}")
      retry if attempts < 3
      nil
    end
  end
end
`);

const adminRake = build('lib/tasks/admin.rake', 'ruby', t`
# frozen_string_literal: true

require "digest"

namespace :admin do
  desc "Create an API client for a partner: rake admin:create_api_client[partner_slug]"
  task :create_api_client, [:partner] => :environment do |_t, args|
    partner = Partner.find_by!(slug: args[:partner])
    client_id = SecureRandom.uuid
    client_secret = SecureRandom.hex(32)
    api_client = partner.api_clients.create!(
      client_id: client_id,
      secret_digest: BCrypt::Password.create(client_secret),
      scopes: %w[orders:read catalog:read]
    )
@@S:key-id|    puts "Created API client #{api_client.client_id} for #{partner.name}"
@@L:print,interpolation|    puts "Client secret (shown once): #{client_secret}"
@@S:length|    Rails.logger.info("admin:create_api_client partner=#{partner.slug} secret_length=#{client_secret.length}")
  end

  desc "Rotate the Slack bot token stored for a workspace"
  task :rotate_slack_token, [:workspace_id] => :environment do |_t, args|
    workspace = SlackWorkspace.find(args[:workspace_id])
    old_token = workspace.bot_token
    response = Faraday.post("https://slack.com/api/oauth.v2.access") do |req|
      req.body = {
        client_id: ENV.fetch("SLACK_CLIENT_ID"),
        client_secret: ENV.fetch("SLACK_CLIENT_SECRET"),
        grant_type: "refresh_token",
        refresh_token: workspace.refresh_token
      }
    end
    payload = JSON.parse(response.body)
    unless payload["ok"]
@@S:mentions-word-only|      warn "Token refresh failed for workspace #{workspace.id}: #{payload['error']}"
      next
    end
    workspace.update!(bot_token: payload["access_token"], refresh_token: payload["refresh_token"])
@@S:hashed|    puts "Rotated token for #{workspace.team_name} (sha256 #{Digest::SHA256.hexdigest(payload['access_token'])[0, 10]})"
@@L:format-printf,via-variable|    Rails.logger.debug(format("old bot token %s replaced for team %s", old_token, workspace.team_id))
  end

  desc "Check that all configured integration secrets are present"
  task check_secrets: :environment do
    required = %w[STRIPE_SECRET_KEY SENDGRID_API_KEY SLACK_CLIENT_SECRET DATABASE_URL]
    missing = required.reject { |name| ENV[name].present? }
@@S:count-field|    puts "secrets loaded: #{required.size - missing.size}/#{required.size}"
@@S:mentions-word-only|    missing.each { |name| warn "missing secret: #{name}" }
    db_url = ENV["DATABASE_URL"]
    if db_url
      uri = URI.parse(db_url)
@@S:redacted|      puts "database: #{uri.scheme}://#{uri.user}:[FILTERED]@#{uri.host}/#{uri.path.delete_prefix('/')}"
      begin
        ActiveRecord::Base.establish_connection(db_url)
        ActiveRecord::Base.connection.execute("SELECT 1")
      rescue StandardError => e
@@L:interpolation,url-userinfo,stderr|        warn "cannot connect to #{db_url}: #{e.message}"
      end
    end
    stripe_key = ENV["STRIPE_SECRET_KEY"].to_s
@@S:masked-prefix|    puts "stripe mode: #{stripe_key.start_with?('sk_live_') ? 'live' : 'test'} (#{stripe_key[0, 7]}...)"
  end
end
`);

export default [shopifyController, mailchimpJob, adminRake];
