import { describe, expect, it, vi } from "vitest";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { POST } = await import("./route");

const h = routeTestDb();

const id = "6f1c1f0e-0000-4000-8000-000000000000";

function upload(headers: Record<string, string> = { "sec-fetch-site": "same-origin", cookie: "NEXT_LOCALE=en" }) {
  const form = new FormData();
  form.append("materialKey", "id-card");
  form.append("file", new File([new Uint8Array([0xff, 0xd8, 0xff])], "id.jpg", { type: "image/jpeg" }));
  return POST(
    new Request(`http://localhost/api/applications/${id}/materials`, { method: "POST", body: form, headers }),
    {
      params: Promise.resolve({ id }),
    },
  );
}

describe("POST /api/applications/[id]/materials", () => {
  it("refuses visitors, staff and other sites' pages with the status and a localised message for the form", async () => {
    const visitor = await upload();
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).toMatchObject({ code: "UNAUTHORIZED" });

    signInAs(await demoSessionUser(h.db, "windowOfficer"));
    const officer = await upload();
    expect(officer.status).toBe(403);
    const body = (await officer.json()) as { code: string; message: string };
    expect(body.code).toBe("FORBIDDEN");
    expect(body.message).toMatch(/[a-z]/i);

    signInAs(await demoSessionUser(h.db, "citizen"));
    expect((await upload({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await upload({})).status).toBe(403);
  });

  it("answers 404 to a citizen for an application that is not theirs", async () => {
    signInAs(await demoSessionUser(h.db, "citizen"));
    const res = await upload();
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "NOT_FOUND" });
  });
});
