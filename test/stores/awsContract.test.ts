// The shared SecretStore contract (test/stores/contract.ts) run against the AWS Secrets Manager store: the
// real SDK v3 client, SigV4-signed, against the fake Secrets Manager on 127.0.0.1. Each test gets its own
// name prefix, so it starts empty.

import { after, before } from "node:test";
import { runStoreContract } from "./contract";
import { FakeSecretsManagerServer } from "../fakes/secretsManagerServer";
import { resolveAwsConfig } from "../../client/src/stores/aws/config";
import { createAwsStore } from "../../client/src/stores/aws/awsStore";

const server = new FakeSecretsManagerServer("us-east-1");
const credential = server.addCredential();
before(() => server.start());
after(() => server.stop());

let counter = 0;
runStoreContract("AWS Secrets Manager", async () => {
  const config = resolveAwsConfig("contract", { region: "us-east-1", endpoint: server.endpoint, namePrefix: `contract-${++counter}/`, cacheTtlSeconds: 5 });
  const store = createAwsStore(config, {
    credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
    retry: { maxAttempts: config.maxAttempts, baseDelayMs: 5, maxDelayMs: 40 },
  });
  return { store, cleanup: async () => store.dispose() };
});
