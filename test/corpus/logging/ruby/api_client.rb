require "net/http"
require "logger"

module Billing
  class ApiClient
    attr_reader :logger

    def initialize(api_key:, endpoint:, logger: Logger.new($stderr))
      @api_key = api_key
      @endpoint = endpoint
      @logger = logger
      logger.info("billing client for #{endpoint}")
      logger.debug("billing client key #{@api_key}")
    end

    def get(path)
      uri = URI.join(@endpoint, path)
      req = Net::HTTP::Get.new(uri)
      req["Authorization"] = "Bearer #{@api_key}"
      logger.debug("GET #{uri}")
      logger.debug("headers: #{req.to_hash}")
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      logger.info("status #{res.code}")
      res
    end

    def rotate!(new_key)
      logger.warn("rotating key, old key ends with #{@api_key[-4..]}")
      logger.warn("rotating key to #{new_key}")
      @api_key = new_key
    end
  end
end

def signup(user_params)
  Rails.logger.info("signup #{user_params[:email]}")
  Rails.logger.info("signup #{user_params.inspect}")
  Rails.logger.info("signup #{user_params.except(:password, :password_confirmation).inspect}")
  pw = user_params[:password]
  Rails.logger.info("pw strength #{pw.length}")
  warn "weak password: #{pw}" if pw.length < 8
end
