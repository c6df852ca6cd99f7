/**
 * Verification that authoritative servers answer what was applied: {@link
 * denominator.verify.Verifier} asks each server directly, with EDNS Client Subnet for geo answers;
 * {@link denominator.verify.SplitObserver} samples how they split weighted answers after a step of
 * a ramp. Both wait between asks through a {@link denominator.kit.Poller}.
 */
package denominator.verify;
