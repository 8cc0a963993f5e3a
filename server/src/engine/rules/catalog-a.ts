// Provider rules (catalog A), written from each provider's published token format.
import type { RuleSpec } from "../types";

export const catalogA: RuleSpec[] = [];
