/** The catalogue's 案件办理进度查询 (server/seed/catalog/case-services.ts): its guide sends the visitor to /cases/query. */
export const caseQueryService = { code: "AJ001", path: "/cases/query" } as const;
