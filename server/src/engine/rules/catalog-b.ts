// Provider rules (catalog B: Gitter … PyPI), written from each provider's published token format. The rules live
// in ./b/, grouped alphabetically by provider; this file only fixes their order.
import type { RuleSpec } from "../types";
import { rulesGtoJ } from "./b/g-j";
import { rulesKtoM } from "./b/k-m";
import { rulesNtoP } from "./b/n-p";

export const catalogB: RuleSpec[] = [...rulesGtoJ, ...rulesKtoM, ...rulesNtoP];
