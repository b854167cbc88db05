import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { seededRandom } from "@/server/seed/seeded-random";
import { checkTravelPhoto } from "./check-travel-photo";

/**
 * A passport-style test photo: a flat background, and a textured "face" in the middle (noise, so the JPG
 * is as large as a real photo's).
 */
async function photo(p: {
  width?: number;
  height?: number;
  background?: [number, number, number];
  face?: number;
  format?: "jpeg" | "png";
}): Promise<Uint8Array> {
  const width = p.width ?? 354;
  const height = p.height ?? 472;
  const [r, g, b] = p.background ?? [250, 250, 250];
  const face = p.face ?? 150;
  const random = seededRandom(7);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inFace = x > width * 0.25 && x < width * 0.75 && y > height * 0.2 && y < height * 0.95;
      if (inFace) {
        const v = Math.max(0, Math.min(255, face + random.int(-40, 40)));
        pixels.set([v, v, v], i);
      } else pixels.set([r, g, b], i);
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return new Uint8Array(await (p.format === "png" ? image.png() : image.jpeg({ quality: 95 })).toBuffer());
}

describe("checkTravelPhoto", () => {
  it("finds nothing wrong with a 354 × 472 JPG on a white background", async () => {
    const check = await checkTravelPhoto(await photo({}));
    expect(check).toMatchObject({ width: 354, height: 472, format: "jpeg", problems: [] });
  });

  it("says what is wrong: size, proportions, format", async () => {
    expect((await checkTravelPhoto(await photo({ width: 240, height: 320 }))).problems).toContain("tooSmall");
    expect((await checkTravelPhoto(await photo({ width: 472, height: 472 }))).problems).toContain("ratio");
    expect((await checkTravelPhoto(await photo({ format: "png" }))).problems).toContain("format");
  });

  it("says a dark or coloured background, and a face too dark, is wrong", async () => {
    const blue = await checkTravelPhoto(await photo({ background: [40, 90, 200] }));
    expect(blue.problems).toEqual(expect.arrayContaining(["backgroundDark", "backgroundColour"]));
    const dark = await checkTravelPhoto(await photo({ face: 30 }));
    expect(dark.problems).toContain("tooDark");
  });

  it("refuses what is not an image by its bytes, whatever it claims", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    await expect(checkTravelPhoto(pdf)).rejects.toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED" });
    await expect(checkTravelPhoto(new Uint8Array(3 * 1024 * 1024))).rejects.toMatchObject({ code: "FILE_TOO_LARGE" });
  });
});
