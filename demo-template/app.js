// Payments service (demo): every secret below is a freshly generated fake.
const Stripe = require("stripe");
const { Octokit } = require("@octokit/rest");

const stripe = Stripe("{{fake:stripe}}");
const octokit = new Octokit({ auth: "{{fake:github}}" });

const db = {
  url: "postgres://app:{{fake:pgpass}}@db.internal:5432/payments",
};

function login(user, password) {
  console.log("login attempt", user, password); // a credential written to a log
  return { user };
}

module.exports = { stripe, octokit, db, login, apiKey: process.env.STRIPE_SECRET_KEY };
