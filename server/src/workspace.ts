// Which workspace folder a document belongs to, and that folder's project config and baseline (re-read when the
// files change on disk: a stat per analysis, no watcher needed in clients that lack file watching).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { activeFingerprints, BASELINE_FILE, emptyProjectConfig, loadProjectConfig, readBaseline, type ProjectConfig, PROJECT_CONFIG_FILE } from "./projectConfig";

export class Workspace {
  private folders: string[] = [];
  private readonly configs = new Map<string, { stamp: string; config: ProjectConfig; baseline: Set<string> }>();

  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => (u.startsWith("file:") ? [fileURLToPath(u)] : [])).sort((a, b) => b.length - a.length);
  }

  addFolder(uri: string): void {
    this.setFolders([...this.folders.map((f) => pathToFileURL(f).href), uri]);
  }

  removeFolder(uri: string): void {
    const p = uri.startsWith("file:") ? fileURLToPath(uri) : uri;
    this.folders = this.folders.filter((f) => f !== p);
  }

  /** The folder a file belongs to: the deepest workspace folder containing it, else the file's own folder. */
  rootFor(file: string): string {
    const hit = this.folders.find((f) => file === f || file.startsWith(f + path.sep));
    return hit ?? path.dirname(file);
  }

  get roots(): readonly string[] {
    return this.folders;
  }

  projectFor(root: string): { config: ProjectConfig; baseline: Set<string>; baselineFile: string } {
    const configFile = path.join(root, PROJECT_CONFIG_FILE);
    const cached = this.configs.get(root);
    const cfgStamp = stamp(configFile);
    const config = cached && cached.stamp.startsWith(cfgStamp + "|") ? cached.config : safeLoad(root);
    const baselineFile = config.baselinePath ?? path.join(root, BASELINE_FILE);
    const fullStamp = cfgStamp + "|" + stamp(baselineFile);
    if (cached && cached.stamp === fullStamp) return { config: cached.config, baseline: cached.baseline, baselineFile };
    const baseline = activeFingerprints(readBaseline(baselineFile));
    this.configs.set(root, { stamp: fullStamp, config, baseline });
    return { config, baseline, baselineFile };
  }
}

function stamp(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return "none";
  }
}

function safeLoad(root: string): ProjectConfig {
  try {
    return loadProjectConfig(root);
  } catch (e) {
    const c = emptyProjectConfig();
    c.problems.push((e as Error).message);
    return c;
  }
}
