import { useEffect } from "react";

export function Settings({ apiKey, keyName }: { apiKey: string; keyName: string }) {
  useEffect(() => {
    console.log("loaded key name", keyName);
  }, [keyName]);
  return <div>{keyName}</div>;
}

export function serverSideAudit(logger: { info(message: string, meta?: object): void }, apiKey: string) {
  logger.info("key used", { apiKey });
  logger.info("key used", { apiKeyId: hashKey(apiKey) });
}
