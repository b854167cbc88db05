import { useTranslations } from "next-intl";
import type { CaseNodeKind, CoerciveMeasure } from "@/db/schema/case-vocabulary";

export type TimelineNode = { kind: CaseNodeKind; measure: CoerciveMeasure | null; occurredOn: string; remark: string };

/** The case's progress, oldest first, as both the officer and the querier see it. */
export function CaseTimeline({ nodes, emptyText }: { nodes: TimelineNode[]; emptyText: string }) {
  const t = useTranslations("cases");
  if (!nodes.length) return <p className="text-muted-foreground">{emptyText}</p>;
  return (
    <ol className="flex flex-col gap-4 border-s-2 border-primary/40 ps-4" data-testid="case-timeline">
      {nodes.map((node, i) => (
        <li key={`${i}-${node.occurredOn}-${node.kind}`} className="relative flex flex-col gap-1">
          <span aria-hidden="true" className="absolute -start-[1.4rem] top-1.5 size-3 rounded-full bg-primary" />
          <p className="font-semibold">
            <time dateTime={node.occurredOn} className="me-3 tabular-nums text-muted-foreground">
              {node.occurredOn}
            </time>
            {t(`kinds.${node.kind}`)}
            {node.measure ? `（${t(`measures.${node.measure}`)}）` : ""}
          </p>
          {node.remark ? <p className="whitespace-pre-line">{node.remark}</p> : null}
        </li>
      ))}
    </ol>
  );
}
