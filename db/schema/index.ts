export * from "./orgs";
export * from "./population";
export * from "./accounts";
export * from "./audit";
export * from "./notify";
export * from "./storage";
export * from "./jobs";
