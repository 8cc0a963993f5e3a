@@file rb: «root»/app/controllers/sessions_controller.rb
# frozen_string_literal: true

class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]

  MAX_ATTEMPTS = 5

  def new; end

  def create
    email = params[:email].to_s.downcase.strip
    Rails.logger.info("Login attempt: #{email} / #{params[:password]}") ⟦L:rails-logger,interp,password⟧
    Rails.logger.info("Login attempt for #{email} from #{request.remote_ip}") ⟦S:email⟧

    user = User.find_by(email: email)
    if user.nil?
      Rails.logger.warn("login failed: no account for #{email}") ⟦S:email⟧
      return render_invalid
    end

    if user.failed_attempts >= MAX_ATTEMPTS
      Rails.logger.warn("account #{user.id} locked, password_attempts=#{user.failed_attempts}") ⟦S:counter⟧
      return render json: { error: "locked" }, status: :locked
    end

    unless user.authenticate(params[:password]) ⟦S:comparison⟧
      user.increment!(:failed_attempts)
      Rails.logger.warn("invalid password for #{user.email}") ⟦S:no-value⟧
      return render_invalid
    end

    token = user.regenerate_session_token
    session[:user_id] = user.id
    Rails.logger.debug "session token: #{token}" ⟦L:rails-logger,interp,session-token⟧
    Rails.logger.debug "session token issued (#{token.length} chars)" ⟦S:length⟧
    redirect_to root_path
  end

  def destroy
    Rails.logger.info("logout user_id=#{current_user.id} session_id=#{session.id}") ⟦S:userid,session-id⟧
    current_user.update!(session_token: nil)
    reset_session
    redirect_to login_path
  end

  def api_token
    api_token = current_user.api_tokens.create!(scopes: %w[read write])
    logger.info "created api token #{api_token.plaintext} for user #{current_user.id}" ⟦L:logger,interp,api-token⟧
    logger.info "created api token id=#{api_token.id} scopes=#{api_token.scopes.join(',')}" ⟦S:scopes⟧
    render json: { token: api_token.plaintext }
  end

  private

  def render_invalid
    render json: { error: "invalid credentials" }, status: :unauthorized
  end
end
@@file rb: «root»/lib/«vendor»_client.rb
# frozen_string_literal: true

require "json"
require "logger"
require "net/http"
require "uri"

class «Vendor»Client
  class Error < StandardError; end

  DEFAULT_URL = "https://api.«vendor».example.com"

  attr_reader :logger

  def initialize(api_key: ENV.fetch("«VENDOR»_API_KEY"), base_url: DEFAULT_URL, logger: Logger.new($stdout))
    @api_key = api_key
    @base_url = base_url
    @logger = logger
    @logger.level = ENV.fetch("LOG_LEVEL", "info")
    @logger.info("«vendor» client base_url=#{@base_url}") ⟦S:url⟧
    @logger.info("api key present? #{!@api_key.nil?}") ⟦S:bool⟧
    puts "api key: #{@api_key}" if ENV["DEBUG"] ⟦L:puts,interp,api-key⟧
  end

  def get(path, params = {})
    uri = URI.join(@base_url, path)
    uri.query = URI.encode_www_form(params) unless params.empty?
    request(Net::HTTP::Get.new(uri))
  end

  def post(path, body)
    req = Net::HTTP::Post.new(URI.join(@base_url, path))
    req.body = JSON.generate(body)
    request(req)
  end

  private

  def headers
    {
      "Authorization" => "Bearer #{@api_key}",
      "Content-Type" => "application/json",
      "User-Agent" => "«svc»/1.0"
    }
  end

  def request(req)
    headers.each { |k, v| req[k] = v }
    @logger.debug("request headers: #{headers.inspect}") ⟦L:logger,request-headers⟧
    @logger.debug("#{req.method} #{req.path}") ⟦S:url⟧
    attempts = 0
    begin
      attempts += 1
      res = Net::HTTP.start(req.uri.host, req.uri.port, use_ssl: true) { |http| http.request(req) }
      @logger.info("#{req.method} #{req.path} -> #{res.code} (attempt #{attempts})") ⟦S:status⟧
      raise Error, "HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    rescue Error, Timeout::Error => e
      @logger.warn("retrying after #{e.class}: #{e.message}") ⟦S:exception⟧
      retry if attempts < 3
      @logger.error("giving up on #{req.path} with key #{@api_key[0, 4]}...") ⟦S:masked-prefix⟧
      raise
    end
  end
end
@@file rb: «root»/app/jobs/password_reset_job.rb
# frozen_string_literal: true

require "digest"
require "securerandom"

class PasswordResetJob < ApplicationJob
  queue_as :mailers

  TTL = 30.minutes

  def perform(user_id)
    user = User.find(user_id)
    raw_token = SecureRandom.urlsafe_base64(32)
    user.update!(reset_digest: Digest::SHA256.hexdigest(raw_token), reset_sent_at: Time.current)

    Rails.logger.info("password reset requested for user #{user.id}") ⟦S:userid⟧
    Rails.logger.info("reset token for #{user.id}: #{raw_token}") ⟦L:rails-logger,interp,reset-token⟧
    Rails.logger.info("reset digest #{user.reset_digest[0, 10]}... expires at #{(Time.current + TTL).iso8601}") ⟦S:hash,expiry⟧

    UserMailer.reset_password(user, raw_token).deliver_now
    Rails.logger.info("reset mail sent to #{user.email}") ⟦S:email⟧
  end
end

class OtpChallengeJob < ApplicationJob
  queue_as :default

  def perform(user_id, channel = "sms")
    user = User.find(user_id)
    otp = format("%06d", SecureRandom.random_number(1_000_000))
    user.otp_challenges.create!(code_digest: Digest::SHA256.hexdigest(otp), channel: channel)
    p otp ⟦L:p,otp⟧
    Rails.logger.info("otp sent via #{channel} to user #{user.id}") ⟦S:userid⟧
    SmsGateway.deliver(user.phone, "Your code is #{otp}")
  rescue SmsGateway::Error => e
    Rails.logger.error("otp delivery failed for user #{user_id}: #{e.message}") ⟦S:exception⟧
    raise
  end
end

class OtpVerifier
  def initialize(user)
    @user = user
  end

  def verify(code)
    challenge = @user.otp_challenges.order(created_at: :desc).first
    attempts = challenge.attempts + 1
    challenge.update!(attempts: attempts)
    ok = ActiveSupport::SecurityUtils.secure_compare(challenge.code_digest, Digest::SHA256.hexdigest(code)) ⟦S:comparison⟧
    Rails.logger.info("otp attempts=#{attempts} ok=#{ok}") ⟦S:counter,bool⟧
    Rails.logger.debug("otp check user=#{@user.id} code=#{code} ok=#{ok}") unless ok ⟦L:rails-logger,otp⟧
    ok
  end
end
@@file rb: «root»/app/controllers/webhooks/«vendor»_controller.rb
# frozen_string_literal: true

require "openssl"

module Webhooks
  class «Vendor»Controller < ActionController::API
    SECRET_ENV = "«VENDOR»_WEBHOOK_SECRET"

    before_action :verify_signature

    def create
      event = JSON.parse(request.raw_post)
      logger.info("webhook #{event['type']} id=#{event['id']}") ⟦S:event-id⟧
      credentials = event.dig("data", "credentials") || {}
      if credentials.any?
        logger.info("rotated credentials received: #{credentials}") ⟦L:logger,whole-object⟧
        logger.info("rotated credential keys: #{credentials.keys.join(', ')}") ⟦S:keys-only⟧
        Integration.find_by!(external_id: event["account"]).update!(credentials: credentials)
      end
      head :ok
    end

    private

    def signing_secret
      @signing_secret ||= ENV.fetch(SECRET_ENV) do
        logger.error("#{SECRET_ENV} is not configured") ⟦S:env-name⟧
        raise KeyError, SECRET_ENV
      end
    end

    def verify_signature
      header = request.headers["X-«Vendor»-Signature"].to_s
      digest = OpenSSL::HMAC.hexdigest("SHA256", signing_secret, request.raw_post)
      return if ActiveSupport::SecurityUtils.secure_compare(digest, header) ⟦S:comparison⟧

      logger.debug "Signature mismatch using signing secret #{signing_secret}" ⟦L:logger,interp,signing-secret⟧
      logger.warn "Signature mismatch (#{request.raw_post.bytesize} bytes)" ⟦S:length⟧
      head :unauthorized
    end
  end
end

module «Svc»Config
  module_function

  def dump
    config = {
      env: Rails.env,
      redis_url: ENV["REDIS_URL"],
      smtp_password: ENV["SMTP_PASSWORD"],
      webhook_secret: ENV[Webhooks::«Vendor»Controller::SECRET_ENV]
    }
    pp config ⟦L:pp,whole-config⟧
    puts config.except(:smtp_password, :webhook_secret, :redis_url).inspect ⟦S:omit-secret⟧
    puts "smtp password configured: #{config[:smtp_password].present?}" ⟦S:bool⟧
  end
end
