// Provider rules (catalog C: RapidAPI … Zendesk, plus Figma, Groq, Tailscale and Vercel), written from each
// provider's published token format. The rules live in ./c/, grouped alphabetically; this file fixes their order.
import type { RuleSpec } from "../types";
import { rulesExtra } from "./c/extra";
import { rulesRtoSl } from "./c/r-s";
import { rulesSnToZ } from "./c/sn-z";

export const catalogC: RuleSpec[] = [...rulesRtoSl, ...rulesSnToZ, ...rulesExtra];
