import { flagged } from "./test/logging/helpers.js";
void (async () => { console.log(await flagged(process.argv[2]!, process.argv[3]!)); })();
