require "logger"
require "digest"

class SessionsController < ApplicationController
  LOGGER = Logger.new($stdout)
  DEFAULT_PASSWORD = "changeme"

  def create
    email = params[:email]
    password = params[:password]
    logger.info "login attempt for #{email}"
    logger.info "login attempt for #{email} with #{password}"
    Rails.logger.debug { "params: #{params.inspect}" }
    Rails.logger.debug(params)
    logger.debug "password length #{password.length}"
    digest = Digest::SHA256.hexdigest(password)
    logger.debug "digest #{digest}"
    LOGGER.info(DEFAULT_PASSWORD)
    puts "Invalid password"
  end

  def env_dump
    puts ENV
    puts ENV.to_h.inspect
    puts ENV["HOME"]
    puts ENV.fetch("STRIPE_SECRET_KEY")
    p ENV.keys
  end

  def headers_dump
    logger.info request.headers.to_h
    logger.info request.headers["Authorization"]
    logger.info request.headers["Accept"]
  end

  def api(client_secret, token_type)
    logger.warn("secret: " + client_secret)
    logger.warn("secret present: #{!client_secret.nil?}")
    logger.warn("type #{token_type}")
    masked = client_secret.gsub(/./, "*")
    logger.warn(masked)
    partial = client_secret.sub(/./, "*")
    logger.warn(partial)
    h = { user: "bob", password: client_secret }
    logger.info(h)
    logger.info(h[:user])
  end

  def relay(token)
    emit(token)
  end

  def emit(value)
    $stderr.puts "value #{value}"
  end

  def quiet(api_token)
    logger.info("calling api")
    tok = api_token[0, 4]
    logger.info("token prefix #{tok}")
  end
end
