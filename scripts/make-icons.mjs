// Renders the app icons from one authored SVG, once; the outputs are committed (nothing is fetched or drawn
// at build or run time). Run again only when the artwork changes: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");

const blue = "#0a3d91";
const gold = "#f2c230";

// The outline of 警 from Noto Sans CJK SC Bold (SIL Open Font License 1.1), in font units (1000 per em, y down,
// baseline at 0), so the icon looks the same everywhere without depending on an installed font.
const jing =
  "M179 -196V-137H828V-196ZM179 -284V-224H828V-284ZM167 -110V88H280V59H725V88H843V-110ZM280 -2V-49H725V-2ZM420 -420 437 -387H59V-312H943V-387H560C551 -407 538 -430 526 -448ZM133 -721C113 -675 77 -624 22 -585C41 -572 71 -543 85 -523L109 -544V-427H189V-452H320C323 -440 325 -428 325 -418C356 -417 386 -418 403 -420C425 -423 442 -429 457 -448C475 -468 483 -517 490 -626C512 -611 539 -590 552 -576C568 -590 584 -606 599 -624C616 -597 636 -572 658 -550C618 -526 570 -509 516 -496C534 -477 562 -435 572 -414C632 -433 686 -457 731 -487C783 -452 843 -425 911 -408C924 -435 952 -475 975 -497C912 -508 856 -528 808 -554C841 -591 867 -636 885 -689H952V-769H691C701 -789 709 -809 716 -830L622 -852C597 -773 551 -701 492 -650V-655C493 -667 493 -690 493 -690H214L221 -706L186 -712H250V-741H331V-712H431V-741H529V-811H431V-847H331V-811H250V-847H152V-811H50V-741H152V-718ZM780 -689C768 -658 751 -631 730 -607C702 -631 679 -659 661 -689ZM391 -628C386 -546 380 -513 372 -501C366 -494 360 -493 351 -493H343V-603H163L180 -628ZM189 -548H262V-506H189Z";
const jingBox = { x: 22, y: -852, width: 953, height: 940 };

/**
 * A police shield carrying 警. `maskable` fills the whole square and keeps the artwork inside the central
 * safe circle (radius 40 %) that Android may crop to; the ordinary icon has rounded corners of its own.
 */
function iconSvg({ maskable }) {
  const size = 512;
  const shieldWidth = maskable ? 250 : 312;
  const shieldHeight = shieldWidth * 1.2;
  const sx = (size - shieldWidth) / 2;
  const sy = (size - shieldHeight) / 2;
  const u = shieldWidth / 100;
  const shield = [
    `M${sx + 50 * u} ${sy}`,
    `L${sx + 100 * u} ${sy + 16 * u}`,
    `V${sy + 56 * u}`,
    `C${sx + 100 * u} ${sy + 88 * u} ${sx + 78 * u} ${sy + 110 * u} ${sx + 50 * u} ${sy + 120 * u}`,
    `C${sx + 22 * u} ${sy + 110 * u} ${sx} ${sy + 88 * u} ${sx} ${sy + 56 * u}`,
    `V${sy + 16 * u}Z`,
  ].join("");
  const glyphSize = shieldWidth * 0.6;
  const scale = glyphSize / jingBox.width;
  const cx = size / 2;
  const cy = sy + 54 * u;
  const gx = cx - (jingBox.x + jingBox.width / 2) * scale;
  const gy = cy - (jingBox.y + jingBox.height / 2) * scale;
  const background = maskable
    ? `<rect width="${size}" height="${size}" fill="${blue}"/>`
    : `<rect width="${size}" height="${size}" rx="112" fill="${blue}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">`,
    "<title>警民通</title>",
    background,
    `<path d="${shield}" fill="#ffffff" stroke="${gold}" stroke-width="${(maskable ? 10 : 12).toString()}" stroke-linejoin="round"/>`,
    `<path d="${jing}" fill="${blue}" transform="translate(${gx.toFixed(2)} ${gy.toFixed(2)}) scale(${scale.toFixed(5)})"/>`,
    "</svg>",
  ].join("");
}

/** An .ico holding one PNG image (supported by every current browser), for clients that ask for /favicon.ico. */
function icoFromPng(png, size) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt8(0, 2);
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, png]);
}

async function png(svg, size) {
  return sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

const plain = iconSvg({ maskable: false });
const maskable = iconSvg({ maskable: true });

mkdirSync(path.join(root, "public/icons"), { recursive: true });
const outputs = [
  ["app/icon.svg", Buffer.from(plain)],
  ["app/apple-icon.png", await png(maskable, 180)],
  ["app/favicon.ico", icoFromPng(await png(plain, 32), 32)],
  ["public/icons/icon-192.png", await png(plain, 192)],
  ["public/icons/icon-512.png", await png(plain, 512)],
  ["public/icons/maskable-192.png", await png(maskable, 192)],
  ["public/icons/maskable-512.png", await png(maskable, 512)],
];
for (const [file, data] of outputs) {
  writeFileSync(path.join(root, file), data);
  console.log(`wrote ${file} (${data.length} bytes)`);
}
