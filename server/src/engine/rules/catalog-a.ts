// Provider rules (catalog A: 1Password … GitLab), written from each provider's published token format. The rules
// live in ./a/, grouped alphabetically by provider; this file only fixes their order.
import type { RuleSpec } from "../types";
import { rulesAtoC } from "./a/a-c";
import { rulesDtoF } from "./a/d-f";
import { rulesG } from "./a/g";

export const catalogA: RuleSpec[] = [...rulesAtoC, ...rulesDtoF, ...rulesG];
