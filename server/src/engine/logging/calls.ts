// Uniform views over each grammar's call, member and string nodes, so the analysis reads one shape.
import type { LoggingLanguage, SyntaxNode } from "./syntax.js";

export interface CallArgument {
  node: SyntaxNode;
  /** Keyword / named argument label (`extra=`, Ruby `password:`, C# `name:`). */
  label?: string;
  labelNode?: SyntaxNode;
}

export interface CallParts {
  node: SyntaxNode;
  callee: SyntaxNode | null;
  receiver: SyntaxNode | null;
  /** The called name without receiver: "info", "Printf", "print_r". */
  method: string;
  args: CallArgument[];
  /** Ruby block (`logger.debug { ... }`). */
  block: SyntaxNode | null;
  isConstructor: boolean;
}

export const CALL_TYPES: Record<LoggingLanguage, ReadonlySet<string>> = {
  javascript: new Set(["call_expression", "new_expression"]),
  python: new Set(["call"]),
  go: new Set(["call_expression"]),
  java: new Set(["method_invocation", "object_creation_expression"]),
  csharp: new Set(["invocation_expression", "object_creation_expression"]),
  ruby: new Set(["call"]),
  php: new Set(["function_call_expression", "member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression", "object_creation_expression"]),
  // Macros the analysis reads arrive as calls (see rust.ts).
  rust: new Set(["call_expression"]),
  kotlin: new Set(["call_expression"]),
};

export function nodeText(text: string, node: SyntaxNode): string {
  return text.slice(node.startIndex, node.endIndex);
}

function named(node: SyntaxNode | null): SyntaxNode[] {
  if (node === null) return [];
  return node.namedChildren.filter((child) => child.type !== "comment");
}

function lastName(text: string, node: SyntaxNode | null): string {
  if (node === null) return "";
  if (node.type === "identifier" || node.type === "property_identifier" || node.type === "field_identifier" || node.type === "name") return nodeText(text, node);
  const raw = text.slice(Math.max(node.startIndex, node.endIndex - 120), node.endIndex);
  const match = /([A-Za-z_$][\w$]*)\s*(?:<[^<>]*>)?\s*$/.exec(raw);
  return match?.[1] ?? raw;
}

export function callParts(lang: LoggingLanguage, text: string, node: SyntaxNode): CallParts | undefined {
  const base = { node, block: null as SyntaxNode | null, isConstructor: false };
  switch (node.type) {
    case "call_expression":
    case "new_expression": {
      const callee = node.childForFieldName(node.type === "new_expression" ? "constructor" : "function");
      const argsNode = node.childForFieldName("arguments");
      let receiver: SyntaxNode | null = null;
      let method = "";
      if (lang === "rust") return rustCall(text, node, base);
      if (lang === "kotlin") return kotlinCall(text, node, base);
      if (callee !== null && (callee.type === "member_expression" || callee.type === "selector_expression")) {
        receiver = callee.childForFieldName(callee.type === "member_expression" ? "object" : "operand");
        method = lastName(text, callee.childForFieldName(callee.type === "member_expression" ? "property" : "field"));
      } else {
        method = lastName(text, callee);
      }
      const args = named(argsNode).map((argument) => ({ node: unwrapSpread(argument) }));
      return { ...base, callee, receiver, method, args, isConstructor: node.type === "new_expression" };
    }
    case "call": {
      if (lang === "python") {
        const callee = node.childForFieldName("function");
        let receiver: SyntaxNode | null = null;
        if (callee?.type === "attribute") receiver = callee.childForFieldName("object");
        const method = callee?.type === "attribute" ? lastName(text, callee.childForFieldName("attribute")) : lastName(text, callee);
        const args: CallArgument[] = [];
        const argsNode = node.childForFieldName("arguments");
        if (argsNode?.type === "generator_expression") return { ...base, callee, receiver, method, args: [{ node: argsNode }] };
        for (const argument of named(argsNode)) {
          if (argument.type === "keyword_argument") {
            const labelNode = argument.childForFieldName("name");
            const value = argument.childForFieldName("value");
            if (value !== null) args.push({ node: value, label: labelNode ? nodeText(text, labelNode) : undefined, labelNode: labelNode ?? undefined });
          } else {
            args.push({ node: unwrapSpread(argument) });
          }
        }
        return { ...base, callee, receiver, method, args };
      }
      // Ruby
      const receiver = node.childForFieldName("receiver");
      const methodNode = node.childForFieldName("method");
      const args: CallArgument[] = [];
      for (const argument of named(node.childForFieldName("arguments"))) {
        if (argument.type === "pair") {
          const key = argument.childForFieldName("key");
          const value = argument.childForFieldName("value");
          if (value !== null) args.push({ node: value, label: key ? symbolName(nodeText(text, key)) : undefined, labelNode: key ?? undefined });
        } else {
          args.push({ node: unwrapSpread(argument) });
        }
      }
      return { ...base, callee: methodNode, receiver, method: methodNode ? nodeText(text, methodNode) : "", args, block: node.childForFieldName("block") };
    }
    case "method_invocation": {
      const nameNode = node.childForFieldName("name");
      const args = named(node.childForFieldName("arguments")).map((argument) => ({ node: argument }));
      return { ...base, callee: nameNode, receiver: node.childForFieldName("object"), method: nameNode ? nodeText(text, nameNode) : "", args };
    }
    case "object_creation_expression": {
      if (lang === "php") {
        const args = phpArguments(text, node.namedChildren.find((child) => child.type === "arguments") ?? null);
        const typeNode = node.namedChildren.find((child) => child.type === "name" || child.type === "qualified_name") ?? null;
        return { ...base, callee: typeNode, receiver: null, method: lastName(text, typeNode), args, isConstructor: true };
      }
      const typeNode = node.childForFieldName("type");
      const argsNode = node.childForFieldName("arguments");
      const args = lang === "csharp" ? csharpArguments(text, argsNode) : named(argsNode).map((argument) => ({ node: argument }));
      return { ...base, callee: typeNode, receiver: null, method: lastName(text, typeNode), args, isConstructor: true };
    }
    case "invocation_expression": {
      const callee = node.childForFieldName("function");
      let receiver: SyntaxNode | null = null;
      let method = lastName(text, callee);
      if (callee?.type === "member_access_expression") {
        receiver = callee.childForFieldName("expression");
        method = lastName(text, callee.childForFieldName("name"));
      }
      return { ...base, callee, receiver, method, args: csharpArguments(text, node.childForFieldName("arguments")) };
    }
    case "function_call_expression": {
      const callee = node.childForFieldName("function");
      return { ...base, callee, receiver: null, method: lastName(text, callee), args: phpArguments(text, node.childForFieldName("arguments")) };
    }
    case "member_call_expression":
    case "nullsafe_member_call_expression": {
      const nameNode = node.childForFieldName("name");
      return { ...base, callee: nameNode, receiver: node.childForFieldName("object"), method: nameNode ? nodeText(text, nameNode) : "", args: phpArguments(text, node.childForFieldName("arguments")) };
    }
    case "scoped_call_expression": {
      const nameNode = node.childForFieldName("name");
      return { ...base, callee: nameNode, receiver: node.childForFieldName("scope"), method: nameNode ? nodeText(text, nameNode) : "", args: phpArguments(text, node.childForFieldName("arguments")) };
    }
    default:
      return undefined;
  }
}

/** Rust: `a.b(…)` (field_expression), `tracing::info (…)` (scoped_identifier), `x.collect::<T>()` (generic_function). */
function rustCall(text: string, node: SyntaxNode, base: { node: SyntaxNode; block: SyntaxNode | null; isConstructor: boolean }): CallParts {
  let callee = node.childForFieldName("function");
  if (callee?.type === "generic_function") callee = callee.childForFieldName("function") ?? callee;
  let receiver: SyntaxNode | null = null;
  let method = lastName(text, callee);
  if (callee?.type === "field_expression") {
    receiver = callee.childForFieldName("value");
    method = lastName(text, callee.childForFieldName("field"));
  } else if (callee?.type === "scoped_identifier") {
    receiver = callee.childForFieldName("path");
    method = lastName(text, callee.childForFieldName("name"));
  }
  const args: CallArgument[] = [];
  for (const argument of named(node.childForFieldName("arguments"))) {
    // tracing fields and named format arguments: `access_token = token.value`, `user.id = id`.
    const left = argument.type === "assignment_expression" ? argument.childForFieldName("left") : null;
    const right = argument.type === "assignment_expression" ? argument.childForFieldName("right") : null;
    if (left !== null && right !== null && /^(identifier|field_expression)$/.test(left.type)) {
      const label = nodeText(text, left);
      args.push({ node: right, label: label.split(".").pop() ?? label, labelNode: left });
    } else {
      args.push({ node: argument });
    }
  }
  return { ...base, callee, receiver, method, args };
}

/**
 * Kotlin calls have no field names: callee, then value_arguments and/or a trailing lambda. In
 * `logger.error(ex) { "…" }` the lambda follows the inner call `logger.error(ex)`, so that call takes it as its block.
 */
function kotlinCall(text: string, node: SyntaxNode, base: { node: SyntaxNode; block: SyntaxNode | null; isConstructor: boolean }): CallParts {
  const children = named(node);
  const callee = children[0] ?? null;
  const argsNode = children.find((child) => child.type === "value_arguments") ?? null;
  let lambda = children.find((child) => child.type === "annotated_lambda") ?? null;
  const parent = node.parent;
  if (lambda === null && parent?.type === "call_expression" && parent.namedChild(0)?.startIndex === node.startIndex && parent.namedChild(0)?.endIndex === node.endIndex) {
    lambda = parent.namedChildren.find((child) => child.type === "annotated_lambda") ?? null;
  }
  const block = lambda === null ? null : (lambda.namedChildren.find((child) => child.type === "lambda_literal") ?? null);
  let receiver: SyntaxNode | null = null;
  let method = "";
  if (callee?.type === "navigation_expression") {
    const parts = named(callee);
    receiver = parts.length > 1 ? parts[0]! : null;
    method = lastName(text, parts[parts.length - 1] ?? null);
  } else if (callee?.type === "identifier") {
    method = nodeText(text, callee);
  }
  const args: CallArgument[] = [];
  for (const argument of named(argsNode)) {
    const parts = named(argument);
    const value = parts[parts.length - 1];
    if (value === undefined) continue;
    // Named argument: `password = pw`.
    const labelNode = parts.length >= 2 && parts[0]!.type === "identifier" && text.slice(parts[0]!.endIndex, parts[1]!.startIndex).includes("=") ? parts[0]! : undefined;
    args.push({ node: value, label: labelNode === undefined ? undefined : nodeText(text, labelNode), labelNode });
  }
  // `IllegalStateException("…")`, `StringBuilder()`: Kotlin constructs without `new`.
  const isConstructor = receiver === null && /^[A-Z]/.test(method) && callee?.type === "identifier";
  return { ...base, callee, receiver, method, args, block, isConstructor };
}

function unwrapSpread(node: SyntaxNode): SyntaxNode {
  if ((node.type === "spread_element" || node.type === "list_splat" || node.type === "dictionary_splat" || node.type === "splat_argument" || node.type === "hash_splat_argument" || node.type === "variadic_argument") && node.namedChildCount > 0) {
    return node.namedChild(0) ?? node;
  }
  return node;
}

function csharpArguments(text: string, argsNode: SyntaxNode | null): CallArgument[] {
  const result: CallArgument[] = [];
  for (const argument of named(argsNode)) {
    if (argument.type !== "argument") continue;
    const parts = named(argument);
    const labelNode = argument.childForFieldName("name");
    const value = parts[parts.length - 1];
    if (value === undefined) continue;
    result.push({ node: value, label: labelNode ? nodeText(text, labelNode) : undefined, labelNode: labelNode ?? undefined });
  }
  return result;
}

function phpArguments(text: string, argsNode: SyntaxNode | null): CallArgument[] {
  const result: CallArgument[] = [];
  for (const argument of named(argsNode)) {
    if (argument.type !== "argument") {
      result.push({ node: argument });
      continue;
    }
    const parts = named(argument);
    const labelNode = argument.childForFieldName("name");
    const value = parts[parts.length - 1];
    if (value === undefined) continue;
    result.push({ node: unwrapSpread(value), label: labelNode ? nodeText(text, labelNode) : undefined, labelNode: labelNode ?? undefined });
  }
  return result;
}

export function symbolName(raw: string): string {
  return raw.replace(/^:/, "").replace(/:$/, "").replace(/^["']|["']$/g, "");
}

/** `this.logger`, `$this->logger`, `self.log`, `@logger` → ["logger"]; `Rails.logger` → ["Rails", "logger"]. */
export function receiverSegments(text: string, receiver: SyntaxNode | null): string[] {
  if (receiver === null) return [];
  const raw = nodeText(text, receiver)
    .replace(/\s+/g, "")
    .replace(/\([^()]*(\([^()]*\)[^()]*)*\)/g, "()")
    .replace(/->|::|\?\.|\?->/g, ".")
    .replace(/\\/g, "");
  return raw
    .split(".")
    .map((segment) => segment.replace(/^[$@]+/, "").replace(/\(\)$/, ""))
    .filter((segment) => segment.length > 0 && segment !== "this" && segment !== "self" && segment !== "base");
}
