import { cn } from "./cn";

export type TableColumn<Row> = {
  key: string;
  /** The column's heading; on a phone it labels each value of the card. */
  header: string;
  /** A heading read by screen readers only (a column of buttons, say). */
  headerHidden?: boolean;
  cell: (row: Row, index: number) => React.ReactNode;
  /** The cell that names the row (th scope="row"): the card's title on a phone. */
  rowHeader?: boolean;
  align?: "start" | "end";
  /** Digits line up (tabular figures). */
  numeric?: boolean;
  /** Only from this width up (a detail that a phone card can do without). */
  wideOnly?: boolean;
  className?: string;
};

export type TableProps<Row> = {
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => React.Key;
  /** Attributes of a row (data-* hooks for tests, a highlight class). */
  rowProps?: (
    row: Row,
    index: number,
  ) => React.HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  caption?: React.ReactNode;
  captionHidden?: boolean;
  /** The id of a visible heading that names the table, where there is no caption. */
  labelledBy?: string;
  /** Below this width the rows become cards: "sm" (640 px, the default) or "md" for wide tables. */
  cardsBelow?: "sm" | "md";
  /** Classes of the table from the card width up, e.g. a min-width that scrolls inside its box. */
  className?: string;
  /** Classes of the box around the table. */
  wrapperClassName?: string;
  "data-testid"?: string;
};

/*
 * Narrow screens get the same element restyled as a list of cards, by CSS only, so the markup is server-
 * rendered once and no value appears twice in the page. Display changes can make browsers drop table
 * semantics, hence the explicit roles; the header text reaches each card value through data-label and a
 * ::before, which is not part of the cell's text, and whose empty alternative text (`/ ''`) keeps it out of
 * the cell's accessible name: screen readers already announce the column header.
 */
const narrow = {
  sm: {
    table: "max-sm:block",
    head: "max-sm:sr-only",
    body: "max-sm:flex max-sm:flex-col max-sm:gap-3",
    row: "max-sm:flex max-sm:flex-col max-sm:gap-1 max-sm:rounded-lg max-sm:border max-sm:p-3 max-sm:last:border",
    cell: "max-sm:flex max-sm:flex-wrap max-sm:gap-x-2 max-sm:p-0 max-sm:text-start max-sm:before:font-medium max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)_/_'']",
    title: "max-sm:p-0 max-sm:text-base",
    wideOnly: "max-sm:hidden",
    wrapper: "sm:overflow-x-auto",
  },
  md: {
    table: "max-md:block",
    head: "max-md:sr-only",
    body: "max-md:flex max-md:flex-col max-md:gap-3",
    row: "max-md:flex max-md:flex-col max-md:gap-1 max-md:rounded-lg max-md:border max-md:p-3 max-md:last:border",
    cell: "max-md:flex max-md:flex-wrap max-md:gap-x-2 max-md:p-0 max-md:text-start max-md:before:font-medium max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)_/_'']",
    title: "max-md:p-0 max-md:text-base",
    wideOnly: "max-md:hidden",
    wrapper: "md:overflow-x-auto",
  },
} as const;

/** A data table: a real table on wide screens, one labelled card per row on a phone. Server-compatible. */
export function Table<Row>({
  columns,
  rows,
  rowKey,
  rowProps,
  caption,
  captionHidden,
  labelledBy,
  cardsBelow = "sm",
  className,
  wrapperClassName,
  "data-testid": testId,
}: TableProps<Row>) {
  const n = narrow[cardsBelow];
  const last = columns.length - 1;
  return (
    <div className={cn(n.wrapper, wrapperClassName)}>
      <table
        role="table"
        aria-labelledby={labelledBy}
        className={cn("w-full text-start text-sm", n.table, className)}
        data-testid={testId}
      >
        {caption ? (
          <caption className={captionHidden ? "sr-only" : "pb-2 text-start font-medium"}>{caption}</caption>
        ) : null}
        <thead className={n.head}>
          <tr role="row" className="border-b border-border text-muted-foreground">
            {columns.map((c, i) => (
              <th
                key={c.key}
                role="columnheader"
                scope="col"
                className={cn(
                  "py-2 font-medium",
                  i < last && "pe-3",
                  c.align === "end" ? "text-end" : "text-start",
                  c.wideOnly && n.wideOnly,
                )}
              >
                {c.headerHidden ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={n.body}>
          {rows.map((row, r) => {
            const extra = rowProps?.(row, r) ?? {};
            return (
              <tr
                key={rowKey(row, r)}
                role="row"
                {...extra}
                className={cn("border-b border-border align-top last:border-0", n.row, extra.className)}
              >
                {columns.map((c, i) => {
                  const classes = cn(
                    "py-2",
                    i < last && "pe-3",
                    c.align === "end" ? "text-end" : "text-start",
                    c.numeric && "tabular-nums",
                    c.wideOnly && n.wideOnly,
                    c.className,
                  );
                  return c.rowHeader ? (
                    <th key={c.key} role="rowheader" scope="row" className={cn(classes, "font-medium", n.title)}>
                      {c.cell(row, r)}
                    </th>
                  ) : (
                    <td
                      key={c.key}
                      role="cell"
                      data-label={c.headerHidden ? undefined : c.header}
                      className={cn(classes, n.cell)}
                    >
                      {c.cell(row, r)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
