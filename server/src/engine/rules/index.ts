// The ordered registry of built-in rules. Order matters only for ties: when two rules report the same range,
// the earlier (more specific) one wins, so provider rules come before structural and generic ones.
import type { RuleSpec } from "../types";
import { catalogA } from "./catalog-a";
import { catalogB } from "./catalog-b";
import { catalogC } from "./catalog-c";
import { commonProviderRules } from "./common-providers";
import { coreRules } from "./core";

export const builtinRules: readonly RuleSpec[] = [...commonProviderRules, ...catalogA, ...catalogB, ...catalogC, ...coreRules];

export const GENERIC_RULE_IDS = new Set(["generic-secret", "hardcoded-password"]);
