/** Fixed, test-only secrets: never used outside the test runner. */
process.env.PII_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.AUTH_SECRET ??= "test-only-auth-secret-0123456789abcdef";
process.env.DATA_DIR ??= ".data/test";
/** The tests name their callers' addresses in X-Forwarded-For, as one trusted proxy would. */
process.env.TRUSTED_PROXY_HOPS ??= "1";
