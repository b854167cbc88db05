/**
 * Options for the cookies that hold a visitor's display preferences (language, care mode). They carry no
 * personal data, so they live a year; httpOnly because only the server reads them (it renders the page
 * in the right language and size from the first byte, without a flash).
 */
export const preferenceCookie = {
  maxAge: 365 * 24 * 60 * 60,
  sameSite: "lax",
  path: "/",
  httpOnly: true,
} as const;
