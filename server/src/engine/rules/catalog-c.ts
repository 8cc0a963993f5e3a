// Provider rules (catalog C), written from each provider's published token format.
import type { RuleSpec } from "../types";

export const catalogC: RuleSpec[] = [];
