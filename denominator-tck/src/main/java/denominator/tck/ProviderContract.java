package denominator.tck;

import org.junit.jupiter.api.Nested;

/**
 * The whole contract suite. A provider's test extends this and says how to reach the provider under
 * test; every suite runs as a nested test class against it, and suites for capabilities the
 * provider's metadata does not declare are skipped with the reason.
 *
 * <pre>{@code
 * class MockProviderTest extends ProviderContract {
 *   @Override protected ProviderUnderTest target() {
 *     return ProviderUnderTest.of("mock", "mem:", Credentials.anonymous());
 *   }
 * }
 * }</pre>
 */
public abstract class ProviderContract {

  /** The provider under test; called before each test, so a server started once may be named. */
  protected abstract ProviderUnderTest target();

  /** What the suites connect with: the target, which a contract may watch or configure. */
  protected ProviderUnderTest connection() {
    return target();
  }

  @Nested
  class Zones extends ZoneContract {}

  @Nested
  class RecordSets extends RecordSetContract {}

  @Nested
  class GeoRecordSets extends GeoContract {}

  @Nested
  class WeightedRecordSets extends WeightedContract {}

  @Nested
  class ChangeSets extends ChangeSetContract {}

  @Nested
  class Paging extends PagingContract {}

  @Nested
  class Errors extends ErrorContract {}
}
