import { z } from "zod";

/** A service code as the catalogue writes them ("HZ001"); anything else cannot name a service. */
export const serviceCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,4}\d{3,4}$/);
export const categoryCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z_]{2,32}$/);
