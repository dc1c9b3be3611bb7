/**
 * Benchmark endpoints {@code /api/v1/meting/...} (B0..B3), closed (404) unless
 * {@code schakel.meting.ingeschakeld=true}; driven by {@code modules/meting}. See {@code docs/metingen.md}.
 */
package nl.schakel.web.meting;
