using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Shop.Payments
{
    public sealed class PaymentService
    {
        private readonly ILogger _log;
        private readonly string _stripeSecretKey;
        private readonly string _webhookSecret;

        public PaymentService(ILogger<PaymentService> log, IConfiguration config)
        {
            _log = log;
            _stripeSecretKey = config["Stripe:SecretKey"];
            _webhookSecret = config.GetValue<string>("Stripe:WebhookSecret");
            _log.LogInformation("payment service ready");
            _log.LogDebug("stripe key {Key}", _stripeSecretKey);
            _log.LogDebug("stripe key set {IsSet}", _stripeSecretKey != null);
        }

        public void Charge(Card card, decimal amount)
        {
            _log.LogInformation("charging {Amount} to card ending {Last4}", amount, card.Number.Substring(card.Number.Length - 4));
            _log.LogTrace("card cvc {Cvc}", card.Cvc);
            using (_log.BeginScope("charge {Id}", Guid.NewGuid()))
            {
                _log.LogInformation("calling stripe");
            }
        }

        public bool VerifyWebhook(string payload, string signatureHeader)
        {
            _log.LogDebug("webhook signature header {Header}", signatureHeader);
            var expected = ComputeSignature(payload, _webhookSecret);
            _log.LogDebug("expected signature {Sig}", expected);
            _log.LogDebug("webhook secret {Secret}", _webhookSecret);
            return expected == signatureHeader;
        }

        public void Login(LoginModel model)
        {
            _log.LogInformation("login for {Email}", model.Email);
            _log.LogInformation("login {@Model}", model);
            _log.LogWarning("login failed for {Email} with password {Password}", model.Email, model.Password);
            Console.WriteLine($"debug: {model.Email} / {model.Password}");
        }
    }
}
