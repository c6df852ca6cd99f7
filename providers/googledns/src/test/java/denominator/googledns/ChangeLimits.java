package denominator.googledns;

/**
 * The limits of Cloud DNS that a change meets (quotas page; wire page, section 6), lowered by tests
 * to reach them with small data.
 *
 * @param additions most rrsets added by one change (Google: 1,000)
 * @param deletions most rrsets deleted by one change (Google: 1,000)
 * @param rrdataBytes most UTF-8 bytes of rrdata in one change, additions and deletions (100,000)
 * @param rrdatasPerRrset most rrdatas in one rrset or routing item (100)
 * @param rrsetsPerZone most rrsets in a managed zone (10,000)
 */
public record ChangeLimits(
    int additions, int deletions, int rrdataBytes, int rrdatasPerRrset, int rrsetsPerZone) {
  /** Google's documented limits. */
  public static final ChangeLimits GOOGLE = new ChangeLimits(1000, 1000, 100_000, 100, 10_000);

  public ChangeLimits {
    if (additions < 1
        || deletions < 1
        || rrdataBytes < 1
        || rrdatasPerRrset < 1
        || rrsetsPerZone < 2) {
      throw new IllegalArgumentException(
          "change limits "
              + additions
              + "/"
              + deletions
              + "/"
              + rrdataBytes
              + "/"
              + rrdatasPerRrset
              + "/"
              + rrsetsPerZone
              + " (expected each at least 1, rrsets per zone at least 2 for the apex)");
    }
  }

  public ChangeLimits withAdditions(int additions) {
    return new ChangeLimits(additions, deletions, rrdataBytes, rrdatasPerRrset, rrsetsPerZone);
  }

  public ChangeLimits withDeletions(int deletions) {
    return new ChangeLimits(additions, deletions, rrdataBytes, rrdatasPerRrset, rrsetsPerZone);
  }

  public ChangeLimits withRrdataBytes(int rrdataBytes) {
    return new ChangeLimits(additions, deletions, rrdataBytes, rrdatasPerRrset, rrsetsPerZone);
  }

  public ChangeLimits withRrsetsPerZone(int rrsetsPerZone) {
    return new ChangeLimits(additions, deletions, rrdataBytes, rrdatasPerRrset, rrsetsPerZone);
  }
}
