/**
 * Where each district's or county's government sits (WGS-84, rounded to about 100 m), for preselecting the
 * accident's district from the phone's position. Approximate by design: the driver confirms the choice, and
 * a position far from every seat preselects nothing.
 */
const seats: Record<string, readonly [lat: number, lng: number]> = {
  // 郑州
  "410102": [34.748, 113.613],
  "410103": [34.724, 113.64],
  "410104": [34.754, 113.677],
  "410105": [34.8, 113.661],
  "410106": [34.803, 113.309],
  "410108": [34.867, 113.617],
  "410122": [34.719, 113.976],
  "410181": [34.748, 113.022],
  "410182": [34.787, 113.383],
  "410183": [34.54, 113.391],
  "410184": [34.396, 113.741],
  "410185": [34.453, 113.05],
  // 开封
  "410202": [34.799, 114.356],
  "410203": [34.796, 114.361],
  "410204": [34.788, 114.349],
  "410205": [34.777, 114.348],
  "410212": [34.757, 114.441],
  "410221": [34.55, 114.783],
  "410222": [34.48, 114.467],
  "410223": [34.411, 114.193],
  "410225": [34.822, 114.821],
  // 洛阳
  "410302": [34.683, 112.469],
  "410303": [34.66, 112.428],
  "410304": [34.68, 112.5],
  "410305": [34.658, 112.396],
  "410307": [34.727, 112.79],
  "410308": [34.826, 112.445],
  "410311": [34.619, 112.464],
  "410323": [34.728, 112.132],
  "410324": [33.786, 111.615],
  "410325": [34.135, 112.085],
  "410326": [34.154, 112.473],
  "410327": [34.515, 112.179],
  "410328": [34.389, 111.653],
  "410329": [34.421, 112.426],
};

/** Farther than this from every seat, the position says nothing useful about the district. */
const maxKm = 25;

function km(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLng = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The offered district or county whose seat is nearest the position, or null when none is near. */
export function nearestCounty(position: { lat: number; lng: number }, offered: readonly string[]): string | null {
  let best: { code: string; km: number } | null = null;
  for (const code of offered) {
    const seat = seats[code];
    if (!seat) continue;
    const d = km([position.lat, position.lng], seat);
    if (d <= maxKm && (!best || d < best.km)) best = { code, km: d };
  }
  return best?.code ?? null;
}
