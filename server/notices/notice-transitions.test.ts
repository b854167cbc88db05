import { describe, expect, it } from "vitest";
import { noticeStates } from "@/db/schema/notice-vocabulary";
import { type NoticeAction, nextNoticeState } from "./notice-transitions";

const actions: NoticeAction[] = ["submit", "return", "approve", "expire", "archive", "withdraw"];

describe("nextNoticeState", () => {
  it("walks draft → pending approval → published → expired → archived", () => {
    expect(nextNoticeState("draft", "submit")).toBe("pending_approval");
    expect(nextNoticeState("pending_approval", "approve")).toBe("published");
    expect(nextNoticeState("published", "expire")).toBe("expired");
    expect(nextNoticeState("expired", "archive")).toBe("archived");
  });

  it("publishes only through approval", () => {
    for (const state of noticeStates) {
      for (const action of actions) {
        if (nextNoticeState(state, action) === "published")
          expect([state, action]).toEqual(["pending_approval", "approve"]);
      }
    }
  });

  it("withdraws only a published notice and lets nothing leave archived or withdrawn", () => {
    expect(nextNoticeState("published", "withdraw")).toBe("withdrawn");
    expect(nextNoticeState("draft", "withdraw")).toBeNull();
    for (const action of actions) {
      expect(nextNoticeState("archived", action)).toBeNull();
      expect(nextNoticeState("withdrawn", action)).toBeNull();
    }
  });

  it("returns a pending notice to its drafter", () => {
    expect(nextNoticeState("pending_approval", "return")).toBe("draft");
    expect(nextNoticeState("published", "return")).toBeNull();
  });
});
