// How each language reads an environment variable at run time. "Insert Secret…" inserts these so code refers to a
// secret by name; the value stays in the store.

type Idiom = (name: string) => string;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const jsIdiom: Idiom = (name) => (IDENTIFIER.test(name) ? `process.env.${name}` : `process.env[${JSON.stringify(name)}]`);
const javaIdiom: Idiom = (name) => `System.getenv(${JSON.stringify(name)})`;

const IDIOMS: Record<string, Idiom> = {
  javascript: jsIdiom,
  javascriptreact: jsIdiom,
  typescript: jsIdiom,
  typescriptreact: jsIdiom,
  vue: jsIdiom,
  svelte: jsIdiom,
  astro: jsIdiom,
  python: (name) => `os.environ[${JSON.stringify(name)}]`,
  go: (name) => `os.Getenv(${JSON.stringify(name)})`,
  java: javaIdiom,
  kotlin: javaIdiom,
  groovy: javaIdiom,
  scala: (name) => `sys.env(${JSON.stringify(name)})`,
  csharp: (name) => `Environment.GetEnvironmentVariable(${JSON.stringify(name)})`,
  fsharp: (name) => `System.Environment.GetEnvironmentVariable(${JSON.stringify(name)})`,
  ruby: (name) => `ENV.fetch(${JSON.stringify(name)})`,
  php: (name) => `getenv('${name}')`,
  rust: (name) => `std::env::var(${JSON.stringify(name)})`,
  shellscript: (name) => (IDENTIFIER.test(name) ? `"$${name}"` : `"$(printenv '${name}')"`),
  powershell: (name) => (IDENTIFIER.test(name) ? `$env:${name}` : `[Environment]::GetEnvironmentVariable('${name}')`),
  dart: (name) => `Platform.environment['${name}']`,
  swift: (name) => `ProcessInfo.processInfo.environment[${JSON.stringify(name)}]`,
  elixir: (name) => `System.get_env(${JSON.stringify(name)})`,
  perl: (name) => `$ENV{'${name}'}`,
  lua: (name) => `os.getenv(${JSON.stringify(name)})`,
  r: (name) => `Sys.getenv(${JSON.stringify(name)})`,
  dockerfile: (name) => `\${${name}}`,
  dockercompose: (name) => `\${${name}}`,
  makefile: (name) => `$(${name})`,
};

/** The expression that reads `name` from the environment in `languageId`, or undefined for unknown languages. */
export function envReadIdiom(languageId: string, name: string): string | undefined {
  return IDIOMS[languageId]?.(name);
}

export function supportedIdiomLanguages(): string[] {
  return Object.keys(IDIOMS);
}
