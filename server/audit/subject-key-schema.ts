import { z } from "zod";

/**
 * A person's audit key: the keyed hash of their ID number (audit-subject-key.ts). Pages and filters that find
 * someone carry this in their address, never the number itself.
 */
export const subjectKeySchema = z.string().regex(/^[0-9a-f]{64}$/);
