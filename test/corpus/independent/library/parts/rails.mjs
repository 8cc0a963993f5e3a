// Rails app: database.yml, seeds.rb, integrations initializer.
export default function rails({ t, S, R }) {
  const stagingPw = S.password('db-password');
  const adminPw = S.password('password');
  const shop = S.shopify();
  const twilio = S.twilioAuth();
  const files = [];

  files.push({ path: 'storefront/config/database.yml', text: t`
# PostgreSQL. Versions 12 and up are supported.
#
# Install the pg driver:
#   gem install pg
# On macOS with Homebrew:
#   gem install pg -- --with-pg-config=/opt/homebrew/bin/pg_config
#
# Configure Using Gemfile
# gem "pg"
#
default: &default
  adapter: postgresql
  encoding: unicode
  # For details on connection pooling, see Rails configuration guide
  # https://guides.rubyonrails.org/configuring.html#database-pooling
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV.fetch("DB_HOST") { "localhost" } %>
  username: <%= ENV.fetch("DB_USER") { "storefront" } %>

development:
  <<: *default
  database: storefront_development
  # The password associated with the PostgreSQL role (username).
@@N:empty-value|  password:

  # Connect on a TCP socket. Omitted by default since the client uses a
  # domain socket that doesn't need configuration.
  #host: localhost
  #port: 5432

  # Minimum log levels, in increasing order:
  #   debug5, debug4, debug3, debug2, debug1,
  #   log, notice, warning, error, fatal, and panic
  #min_messages: notice

# Warning: The database defined as "test" will be erased and
# re-generated from your development database when you run "rake".
# Do not set this db to the same as development or production.
test:
  <<: *default
  database: storefront_test

staging:
  <<: *default
  host: storefront-staging.cluster-ro.eu-west-1.rds.amazonaws.com
  database: storefront_staging
  username: storefront
@@S:password#default-config|  password: ${stagingPw}

# As with config/credentials.yml, you never want to store sensitive information,
# like your database password, in your source code. If your source code is
# ever seen by anyone, they now have access to your database.
#
# Instead, provide the password or a full connection URL as an environment
# variable when you boot the app. For example:
#
@@N:format-doc|#   DATABASE_URL="postgres://myuser:mypass@localhost/somedatabase"
#
production:
  <<: *default
  database: storefront_production
  username: storefront
@@N:env-read|  password: <%= ENV["STOREFRONT_DATABASE_PASSWORD"] %>
` });

  files.push({ path: 'storefront/db/seeds.rb', text: t`
# This file should ensure the existence of records required to run the application in every environment
# (production, development, test). The code here should be idempotent so that it can be executed at any
# point in every environment. The data can then be loaded with bin/rails db:seed.

puts "Seeding #{Rails.env}..."

admin = User.find_or_initialize_by(email: "ops@storefront.example")
admin.assign_attributes(
  name: "Storefront Ops",
  role: :admin,
@@S:password#seed-script|  password: "${adminPw}",
  confirmed_at: Time.current
)
admin.save!

%w[Apparel Accessories Footwear Outlet].each_with_index do |name, i|
  Category.find_or_create_by!(slug: name.parameterize) do |c|
    c.name = name
    c.position = i
  end
end

# Shopify sync for the wholesale channel (production shop)
ShopifyConnection.find_or_create_by!(shop_domain: "storefront-wholesale.myshopify.com") do |conn|
@@S:shopify-access-token#seed-script|  conn.access_token = "${shop}"
  conn.api_version = "2024-01"
  conn.scopes = %w[read_products write_inventory read_orders]
end

if Rails.env.development? || Rails.env.test?
  require "faker"
  Faker::Config.random = Random.new(42)

  25.times do
    User.find_or_create_by!(email: Faker::Internet.unique.email) do |u|
      u.name = Faker::Name.name
@@N:generated-value|      u.password = Faker::Internet.password(min_length: 12, special_characters: true)
      u.confirmed_at = Time.current
    end
  end

  Category.find_each do |category|
    10.times do
      Product.create!(
        category: category,
        title: Faker::Commerce.product_name,
        price_cents: Faker::Number.between(from: 999, to: 24_999),
        sku: Faker::Alphanumeric.unique.alphanumeric(number: 10).upcase,
        stock: Faker::Number.between(from: 0, to: 200)
      )
    end
  end

  ApiClient.find_or_create_by!(name: "local-dev") do |client|
@@N:generated-value|    client.secret = SecureRandom.hex(32)
  end
end

puts "Done: #{User.count} users, #{Category.count} categories, #{Product.count} products"
` });

  files.push({ path: 'storefront/config/initializers/integrations.rb', text: t`
# frozen_string_literal: true

# Third-party integrations. Credentials come from Rails encrypted credentials
# (bin/rails credentials:edit) with ENV overrides for containers.

Rails.application.configure do
  creds = Rails.application.credentials

  config.x.stripe = ActiveSupport::OrderedOptions.new
@@N:vault-read|  config.x.stripe.secret_key = ENV["STRIPE_SECRET_KEY"] || creds.dig(:stripe, :secret_key)
@@N:vault-read|  config.x.stripe.webhook_secret = ENV["STRIPE_WEBHOOK_SECRET"] || creds.dig(:stripe, :webhook_secret)
  config.x.stripe.api_version = "2023-10-16"

  config.x.twilio = ActiveSupport::OrderedOptions.new
@@N:public-identifier|  config.x.twilio.account_sid = ENV.fetch("TWILIO_ACCOUNT_SID", "AC${R.rs('0123456789abcdef', 32)}")
@@S:twilio-auth-token#constant-default|  config.x.twilio.auth_token = ENV.fetch("TWILIO_AUTH_TOKEN", "${twilio}")
  config.x.twilio.from_number = "+15005550006"

  config.x.algolia = ActiveSupport::OrderedOptions.new
  config.x.algolia.application_id = ENV.fetch("ALGOLIA_APP_ID", "STOREFRONT")
@@N:vault-read|  config.x.algolia.admin_api_key = creds.dig(:algolia, :admin_api_key)
  config.x.algolia.index_prefix = Rails.env
end

Stripe.api_key = Rails.configuration.x.stripe.secret_key
Stripe.api_version = Rails.configuration.x.stripe.api_version
Stripe.max_network_retries = 2

Twilio.configure do |c|
  c.account_sid = Rails.configuration.x.twilio.account_sid
@@N:builder-variable|  c.auth_token = Rails.configuration.x.twilio.auth_token
end

if Rails.configuration.x.algolia.admin_api_key.present?
  AlgoliaSearch.configuration = {
    application_id: Rails.configuration.x.algolia.application_id,
@@N:builder-variable|    api_key: Rails.configuration.x.algolia.admin_api_key,
    pagination_backend: :kaminari
  }
else
  Rails.logger.warn("[integrations] Algolia admin key missing; search indexing disabled")
end

# Guard against booting production with test keys.
if Rails.env.production? && Stripe.api_key.to_s.start_with?("sk_test_")
@@N:error-string|  raise "Refusing to boot: STRIPE_SECRET_KEY is a test-mode key in production"
end

ActiveSupport::Notifications.subscribe("sms.delivered") do |*, payload|
  Rails.logger.info("[twilio] delivered #{payload[:sid]} to #{payload[:to]}")
end

ActiveSupport::Notifications.subscribe("sms.failed") do |*, payload|
  Rails.logger.error("[twilio] failed #{payload[:sid]}: #{payload[:error_code]}")
end
` });
  return files;
}
