// Provider rules (catalog B), written from each provider's published token format.
import type { RuleSpec } from "../types";

export const catalogB: RuleSpec[] = [];
