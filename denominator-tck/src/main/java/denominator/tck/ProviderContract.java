package denominator.tck;

import denominator.DNSApiManager;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The whole contract suite. A provider's test extends this, says how to connect, and gets every
 * suite as a nested test class; suites for capabilities the provider's metadata does not declare
 * are skipped with the reason.
 *
 * <pre>{@code
 * class MockProviderTest extends ProviderContract {
 *   @Override protected DNSApiManager connect() { return Denominator.create("mock"); }
 * }
 * }</pre>
 */
public abstract class ProviderContract {

  /** Opens a manager to the provider under test; each test gets its own. */
  protected abstract DNSApiManager connect();

  /**
   * Where tests get their zones: by default each test creates one and deletes it afterwards. A
   * provider that cannot create zones returns {@link TestZones} that lend existing ones.
   */
  protected TestZones testZones() {
    return TestZones.CREATE_AND_DELETE;
  }

  /** A manager whose credentials the provider refuses; empty if it takes none. */
  protected Optional<DNSApiManager> connectWithBadCredentials() {
    return Optional.empty();
  }

  @Nested
  class Zones extends ZoneContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class RecordSets extends RecordSetContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class GeoRecordSets extends GeoContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class WeightedRecordSets extends WeightedContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class ChangeSets extends ChangeSetContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class Paging extends PagingContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }
  }

  @Nested
  class Errors extends ErrorContract {
    @Override
    protected DNSApiManager connect() {
      return ProviderContract.this.connect();
    }

    @Override
    protected TestZones testZones() {
      return ProviderContract.this.testZones();
    }

    @Override
    protected Optional<DNSApiManager> connectWithBadCredentials() {
      return ProviderContract.this.connectWithBadCredentials();
    }
  }
}
