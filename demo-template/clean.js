// Nothing here is a secret: references, placeholders and documented examples.
const key = process.env.STRIPE_SECRET_KEY;
const placeholder = "your-api-key-here";
const example = "AKIAIOSFODNN7EXAMPLE";
const publishable = "pk_live_not_a_secret_publishable";
module.exports = { key, placeholder, example, publishable };
