import type { ServiceEngineConfig } from "./engine-configs";

/**
 * The reports and complaints (record outcomes: 网上报警, 警务投诉, 举报…), by code, merged into engineConfigs.
 */
export const reportConfigs: Readonly<Record<string, ServiceEngineConfig>> = {};
