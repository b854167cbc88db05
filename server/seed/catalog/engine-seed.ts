import type { ServiceGuide } from "@/db/schema";
import { modeOf } from "@/server/applications/engine-config";
import { type CatalogEntry, defaultSteps, type ProcessingMode } from "./catalog-entry";
import { engineConfigs } from "./engine-configs";

export type EngineSeed = {
  formSchema: Record<string, unknown>;
  engine: Record<string, unknown>;
  mode: ProcessingMode;
  guide: ServiceGuide;
};

/**
 * What the seed stores for a 办理 service the engine handles: its form, its configuration, the mode its
 * decision implies, and its guide — whose steps, where they were the defaults of the catalogue's mode,
 * become the defaults of the new mode (an automatically decided service no longer says "派出所审核").
 * Null for services without a configuration (dedicated pages, other kinds).
 */
export function engineSeedOf(entry: CatalogEntry): EngineSeed | null {
  const config = engineConfigs[entry.code];
  if (!config) return null;
  const mode = modeOf(config.engine.decision);
  const steps = (m: ProcessingMode) => defaultSteps(entry.kind, m).map(([title, detail]) => ({ title, detail }));
  const defaultGuideSteps = JSON.stringify(entry.guide.steps) === JSON.stringify(steps(entry.mode));
  return {
    formSchema: config.formSchema,
    engine: config.engine,
    mode,
    guide: defaultGuideSteps ? { ...entry.guide, steps: steps(mode) } : entry.guide,
  };
}
