import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { DomainError } from "@/server/errors";

/**
 * 出入境证件数字相片 as the exit-entry administration takes it: 354 × 472 pixels (33 × 48 mm at 272 dpi),
 * JPG, a plain white or light background, the face evenly lit. The check is advice before the window visit or
 * upload; the photo is read in memory and never stored.
 */
export const travelPhotoRules = {
  maxBytes: 2 * 1024 * 1024,
  /** Below this a 354 × 472 JPG has been compressed until the face blurs. */
  minBytes: 14 * 1024,
  width: 354,
  height: 472,
  /** Width ÷ height, 3 : 4, and how far a photo may stray from it. */
  ratio: 354 / 472,
  ratioTolerance: 0.02,
  /** Mean luminance (0–255) of the background strips above the shoulders. */
  minBackgroundLuminance: 200,
  /** Spread of the background's luminance: higher is a pattern, a shadow or an object behind. */
  maxBackgroundSpread: 22,
  /** Red/green/blue differing by more than this is a coloured (not white or light) background. */
  maxBackgroundTint: 28,
  minFaceLuminance: 60,
  maxFaceLuminance: 235,
  maxPixels: 40_000_000,
} as const;

export type PhotoProblem =
  | "format"
  | "tooSmall"
  | "ratio"
  | "fileTooSmall"
  | "backgroundDark"
  | "backgroundUneven"
  | "backgroundColour"
  | "tooDark"
  | "tooBright";

export type PhotoCheck = {
  width: number;
  height: number;
  bytes: number;
  format: "jpeg" | "png" | "webp";
  backgroundLuminance: number;
  problems: PhotoProblem[];
};

type Pixels = { data: Uint8Array; width: number; channels: number };
type Region = { left: number; top: number; width: number; height: number };

const allowed = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;

/** A region's luminance (mean), its spread (the largest channel's standard deviation) and tint (channel means apart). */
function regionStats(pixels: Pixels, region: Region) {
  const sum = [0, 0, 0];
  const squares = [0, 0, 0];
  for (let y = region.top; y < region.top + region.height; y++) {
    for (let x = region.left; x < region.left + region.width; x++) {
      const i = (y * pixels.width + x) * pixels.channels;
      for (let c = 0; c < 3; c++) {
        const v = pixels.data[i + c]!;
        sum[c]! += v;
        squares[c]! += v * v;
      }
    }
  }
  const n = region.width * region.height;
  const means = sum.map((s) => s / n);
  const spread = Math.max(...squares.map((q, c) => Math.sqrt(Math.max(0, q / n - means[c]! ** 2))));
  const luminance = 0.299 * means[0]! + 0.587 * means[1]! + 0.114 * means[2]!;
  const tint = Math.max(...means) - Math.min(...means);
  return { luminance, spread, tint };
}

/**
 * Checks a photo's format (by its bytes, not its name), size, proportions, background and exposure, and says
 * what is wrong. Anything that is not a decodable JPG, PNG or WebP within the size cap is refused.
 */
export async function checkTravelPhoto(bytes: Uint8Array): Promise<PhotoCheck> {
  const r = travelPhotoRules;
  if (bytes.byteLength > r.maxBytes) throw new DomainError("FILE_TOO_LARGE", { maxMb: r.maxBytes / (1024 * 1024) });
  if (bytes.byteLength === 0) throw new DomainError("FILE_UNREADABLE");
  const detected = (await fileTypeFromBuffer(bytes))?.mime as keyof typeof allowed | undefined;
  if (!detected || !(detected in allowed)) {
    throw new DomainError("FILE_TYPE_NOT_ALLOWED", { allowed: "JPG / PNG / WebP" });
  }
  let pixels: Pixels;
  let width: number;
  let height: number;
  try {
    // Decoded and re-encoded in memory (orientation applied, EXIF and trailing data gone) before measuring.
    const { data, info } = await sharp(bytes, { limitInputPixels: r.maxPixels, failOn: "error" })
      .rotate()
      .removeAlpha()
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    width = info.width;
    height = info.height;
    pixels = { data, width, channels: info.channels };
  } catch {
    throw new DomainError("FILE_UNREADABLE");
  }

  const problems: PhotoProblem[] = [];
  if (detected !== "image/jpeg") problems.push("format");
  if (width < r.width || height < r.height) problems.push("tooSmall");
  if (Math.abs(width / height - r.ratio) > r.ratioTolerance) problems.push("ratio");
  if (bytes.byteLength < r.minBytes) problems.push("fileTooSmall");

  // The background: the two top corners beside the head, a fifth of the width and an eighth of the height each.
  const strip = { width: Math.max(1, Math.floor(width / 5)), height: Math.max(1, Math.floor(height / 8)) };
  const corners = [
    regionStats(pixels, { left: 0, top: 0, ...strip }),
    regionStats(pixels, { left: width - strip.width, top: 0, ...strip }),
  ] as const;
  const backgroundLuminance = Math.round((corners[0].luminance + corners[1].luminance) / 2);
  if (backgroundLuminance < r.minBackgroundLuminance) problems.push("backgroundDark");
  if (
    corners.some((c) => c.spread > r.maxBackgroundSpread) ||
    Math.abs(corners[0].luminance - corners[1].luminance) > r.maxBackgroundSpread
  ) {
    problems.push("backgroundUneven");
  }
  if (corners.some((c) => c.tint > r.maxBackgroundTint)) problems.push("backgroundColour");

  // The face: the middle third across, from a quarter to two thirds down.
  const face = regionStats(pixels, {
    left: Math.floor(width / 3),
    top: Math.floor(height / 4),
    width: Math.max(1, Math.floor(width / 3)),
    height: Math.max(1, Math.floor((height * 5) / 12)),
  });
  if (face.luminance < r.minFaceLuminance) problems.push("tooDark");
  if (face.luminance > r.maxFaceLuminance) problems.push("tooBright");

  return { width, height, bytes: bytes.byteLength, format: allowed[detected], backgroundLuminance, problems };
}
