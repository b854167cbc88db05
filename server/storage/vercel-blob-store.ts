import { del, put } from "@vercel/blob";
import type { BlobStore } from "./blob-store";
import { assertBlobKey } from "./blob-key";

/**
 * Vercel Blob with private objects: their URLs answer only with the store's token, so the bytes reach
 * a browser solely through our authorising route. The token is sent only to Vercel's blob hosts (or to
 * the API origin configured in VERCEL_BLOB_API_URL), never to whatever URL a row happens to hold.
 */
export function vercelBlobStore(config: { token: string; apiUrl?: string }): BlobStore {
  const extraOrigin = config.apiUrl ? new URL(config.apiUrl).origin : null;
  const trusted = (location: string) => {
    const url = new URL(location);
    const vercel = url.protocol === "https:" && url.hostname.endsWith(".blob.vercel-storage.com");
    if (!vercel && url.origin !== extraOrigin) throw new Error("blob location is not a Vercel Blob URL");
    return url;
  };

  return {
    name: "vercel",
    async put(key, bytes, contentType) {
      const result = await put(assertBlobKey(key), Buffer.from(bytes), {
        access: "private",
        contentType,
        addRandomSuffix: false,
        allowOverwrite: false,
        token: config.token,
      });
      return { location: result.url };
    },
    async get(location) {
      const response = await fetch(trusted(location), {
        headers: { authorization: `Bearer ${config.token}` },
        cache: "no-store",
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Vercel Blob read failed: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(location) {
      await del(trusted(location).toString(), { token: config.token });
    },
  };
}
