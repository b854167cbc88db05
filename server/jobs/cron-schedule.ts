/**
 * The 5-field cron expressions our functions declare (minute hour day-of-month month day-of-week), with
 * Inngest's optional `TZ=Area/City ` prefix, evaluated the way Inngest and Vixie cron do: when both day
 * fields are restricted, a day matches if either does.
 */
export type CronSchedule = {
  expression: string;
  timeZone: string;
  matches(at: Date): boolean;
};

type Field = { min: number; max: number; names?: string[] };

const fields: Field[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] },
  // 7 is Sunday too, folded onto 0 below.
  { min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

function value(token: string, field: Field, expression: string): number {
  const named = field.names?.indexOf(token.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + field.min : /^\d+$/.test(token) ? Number(token) : Number.NaN;
  if (!Number.isInteger(n) || n < field.min || n > field.max) throw new Error(`invalid cron expression "${expression}"`);
  return n;
}

function parseField(text: string, field: Field, expression: string): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const [range, stepText, ...rest] = part.split("/");
    if (range === undefined || range === "" || rest.length) throw new Error(`invalid cron expression "${expression}"`);
    const step = stepText === undefined ? 1 : value(stepText, { min: 1, max: field.max }, expression);
    let from: number;
    let to: number;
    if (range === "*") {
      from = field.min;
      to = field.max;
    } else if (range.includes("-")) {
      const [a, b] = range.split("-");
      from = value(a ?? "", field, expression);
      to = value(b ?? "", field, expression);
      if (from > to) throw new Error(`invalid cron expression "${expression}"`);
    } else {
      from = value(range, field, expression);
      // `5/15` means from 5 to the end in steps of 15.
      to = stepText === undefined ? from : field.max;
    }
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Wall-clock fields of `at` in `timeZone`. */
export function zonedFields(at: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return {
    minute: Number(parts.minute),
    hour: Number(parts.hour),
    day: Number(parts.day),
    month: Number(parts.month),
    weekday: weekdays.indexOf(parts.weekday ?? ""),
  };
}

export function cronSchedule(expression: string, defaultTimeZone: string): CronSchedule {
  let rest = expression.trim();
  let timeZone = defaultTimeZone;
  const tz = /^(?:CRON_)?TZ=(\S+)\s+/.exec(rest);
  if (tz) {
    timeZone = tz[1] as string;
    rest = rest.slice(tz[0].length);
  }
  // Throws RangeError for an unknown zone: better at parse time than at the first tick.
  formatter(timeZone);
  const texts = rest.split(/\s+/);
  if (texts.length !== 5) throw new Error(`invalid cron expression "${expression}": expected 5 fields`);
  const [minutes, hours, days, months, weekdaySet] = texts.map((t, i) => parseField(t, fields[i] as Field, expression)) as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (weekdaySet.delete(7)) weekdaySet.add(0);
  const dayRestricted = !(texts[2] as string).startsWith("*");
  const weekdayRestricted = !(texts[4] as string).startsWith("*");

  return {
    expression,
    timeZone,
    matches(at) {
      const f = zonedFields(at, timeZone);
      if (!minutes.has(f.minute) || !hours.has(f.hour) || !months.has(f.month)) return false;
      const dayOk = days.has(f.day);
      const weekdayOk = weekdaySet.has(f.weekday);
      if (dayRestricted && weekdayRestricted) return dayOk || weekdayOk;
      return dayOk && weekdayOk;
    },
  };
}
