/**
 * 与户主关系 (relation to the head of household) when people join a household or its head changes. A
 * relation is a path of steps from the head — to a parent, a child or the spouse, each with the sex of the
 * person reached — so relations compose: the child of the head's son is the head's grandson (孙子). When
 * the register cannot tell (the head's sister's husband), the answer is 其他, which the window officer sees
 * on the printed page and can correct.
 */
type Sex = "M" | "F";
type Step = { to: "P" | "C" | "S"; sex?: Sex };
type Path = Step[];

export const otherRelation = "其他";
export const headRelation = "户主";

const P = (sex?: Sex): Step => ({ to: "P", sex });
const C = (sex?: Sex): Step => ({ to: "C", sex });
const S = (sex?: Sex): Step => ({ to: "S", sex });

/** Register wording, GB/T 4761 style, including the variants people and older records use. */
const named: [names: string[], path: (sex: Sex) => Path][] = [
  [["户主", "本人"], () => []],
  [["配偶", "妻", "妻子", "夫", "丈夫"], (sex) => [S(sex)]],
  [["子", "儿子", "长子", "次子", "三子", "四子", "五子", "独生子", "养子", "继子"], () => [C("M")]],
  [["女", "女儿", "长女", "次女", "三女", "四女", "五女", "独生女", "养女", "继女"], () => [C("F")]],
  [["父亲", "父", "养父", "继父"], () => [P("M")]],
  [["母亲", "母", "养母", "继母"], () => [P("F")]],
  [["孙子"], () => [C("M"), C("M")]],
  [["孙女"], () => [C("M"), C("F")]],
  [["外孙子", "外孙"], () => [C("F"), C("M")]],
  [["外孙女"], () => [C("F"), C("F")]],
  [["儿媳"], () => [C("M"), S("F")]],
  [["女婿"], () => [C("F"), S("M")]],
  [["兄弟", "兄", "哥哥", "弟", "弟弟"], () => [P(), C("M")]],
  [["姐妹", "姐", "姐姐", "妹", "妹妹"], () => [P(), C("F")]],
  [["祖父"], () => [P("M"), P("M")]],
  [["祖母"], () => [P("M"), P("F")]],
  [["外祖父"], () => [P("F"), P("M")]],
  [["外祖母"], () => [P("F"), P("F")]],
  [["公公"], () => [S("M"), P("M")]],
  [["婆婆"], () => [S("M"), P("F")]],
  [["岳父"], () => [S("F"), P("M")]],
  [["岳母"], () => [S("F"), P("F")]],
  [["曾孙子"], () => [C(), C(), C("M")]],
  [["曾孙女"], () => [C(), C(), C("F")]],
  [["侄子"], () => [P(), C("M"), C("M")]],
  [["侄女"], () => [P(), C("M"), C("F")]],
  [["外甥"], () => [P(), C("F"), C("M")]],
  [["外甥女"], () => [P(), C("F"), C("F")]],
];

function parseRelation(relation: string, sex: Sex): Path | null {
  const name = relation.trim();
  const entry = named.find(([names]) => names.includes(name));
  return entry ? entry[1](sex) : null;
}

/** The first name of each entry is the register's word; sexes not known on the way take the common word. */
function describe(path: Path): string {
  const key = path.map((s) => s.to).join("");
  const last = path[path.length - 1]?.sex;
  const first = path[0]?.sex;
  const bySex = (m: string, f: string) => (last === "F" ? f : last === "M" ? m : otherRelation);
  switch (key) {
    case "":
      return headRelation;
    case "S":
      return "配偶";
    case "C":
      return bySex("子", "女");
    case "P":
      return bySex("父亲", "母亲");
    case "CC":
      return first === "F" ? bySex("外孙子", "外孙女") : bySex("孙子", "孙女");
    case "CS":
      return bySex("女婿", "儿媳");
    case "PC":
      return bySex("兄弟", "姐妹");
    case "PP":
      return first === "F" ? bySex("外祖父", "外祖母") : bySex("祖父", "祖母");
    case "SP":
      if (first === "M") return bySex("公公", "婆婆");
      return first === "F" ? bySex("岳父", "岳母") : otherRelation;
    case "CCC":
      return bySex("曾孙子", "曾孙女");
    case "PCC":
      return path[1]?.sex === "F"
        ? bySex("外甥", "外甥女")
        : path[1]?.sex === "M"
          ? bySex("侄子", "侄女")
          : otherRelation;
    default:
      return otherRelation;
  }
}

/**
 * Cancels round trips. `anchorSex` is the sex of the head the path starts from. Where the register cannot
 * know parentage, the usual family is assumed: a child's parent of the head's sex is the head (otherwise
 * the head's spouse), a step-parent or a spouse's child counts as parent or child, and when a new head is
 * the old head's child, the grandchildren through children of the new head's sex are the new head's own.
 */
function simplify(path: Path, anchorSex: Sex): Path {
  const steps = [...path];
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i + 1 < steps.length; i++) {
      const [a, b] = [steps[i]!, steps[i + 1]!];
      const here = i === 0 ? anchorSex : steps[i - 1]!.sex;
      let replacement: Step[] | undefined;
      if (a.to === "S" && b.to === "S") replacement = [];
      else if (a.to === "C" && b.to === "P" && here && b.sex) replacement = b.sex === here ? [] : [S(b.sex)];
      else if (a.to === "P" && b.to === "S") replacement = [P(b.sex)];
      else if (a.to === "S" && b.to === "C") replacement = [C(b.sex)];
      else if (a.to === "P" && b.to === "C" && i === 0 && i + 2 < steps.length && b.sex === anchorSex) replacement = [];
      if (replacement) {
        steps.splice(i, 2, ...replacement);
        changed = true;
        break;
      }
    }
  }
  return steps;
}

/** The path back: from the far end of `path` to the person it started from (of sex `startSex`). */
function inverse(path: Path, startSex: Sex): Path {
  const flip = { P: "C", C: "P", S: "S" } as const;
  const back: Path = [];
  for (let i = path.length - 1; i >= 0; i--)
    back.push({ to: flip[path[i]!.to], sex: i === 0 ? startSex : path[i - 1]!.sex });
  return back;
}

/**
 * The relation to the head of someone who is the `step` (child, parent, spouse) of a household member:
 * a baby born to the head's son is 孙子 or 孙女.
 */
export function relationThrough(params: {
  via: string;
  viaSex: Sex;
  step: "child" | "parent" | "spouse";
  sex: Sex;
  headSex: Sex;
}): string {
  const via = parseRelation(params.via, params.viaSex);
  if (!via) return otherRelation;
  const to = params.step === "child" ? "C" : params.step === "parent" ? "P" : "S";
  return describe(simplify([...via, { to, sex: params.sex }], params.headSex));
}

/** A member's relation to a new head chosen from the same household (户主变更, 分户). */
export function relationAfterHeadChange(params: {
  member: string;
  memberSex: Sex;
  /** The new head's relation to the old head. */
  newHead: string;
  newHeadSex: Sex;
  oldHeadSex: Sex;
}): string {
  const newHead = parseRelation(params.newHead, params.newHeadSex);
  const member = parseRelation(params.member, params.memberSex);
  if (!newHead || !member) return otherRelation;
  return describe(simplify([...inverse(newHead, params.oldHeadSex), ...member], params.newHeadSex));
}

/** A member's relation to the head of the household their own household merges into (并户). */
export function relationAfterMerge(params: {
  member: string;
  memberSex: Sex;
  /** The old head's relation to the receiving household's head. */
  oldHead: string;
  oldHeadSex: Sex;
  newHeadSex: Sex;
}): string {
  const oldHead = parseRelation(params.oldHead, params.oldHeadSex);
  const member = parseRelation(params.member, params.memberSex);
  if (!oldHead || !member) return otherRelation;
  return describe(simplify([...oldHead, ...member], params.newHeadSex));
}
