/**
 * Verification that authoritative servers answer what was applied: {@link
 * denominator.verify.Verifier} asks each server directly, with EDNS Client Subnet for geo answers.
 */
package denominator.verify;
