package denominator.tck;

import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each suite of a {@link ProviderContract} the provider under test of the contract it is
 * nested in, so that nested suites need no overrides of their own.
 */
final class SuiteResolver implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ProviderUnderTest.class;
  }

  @Override
  public ProviderUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
    List<Object> instances = context.getRequiredTestInstances().getAllInstances();
    for (int i = instances.size() - 1; i >= 0; i--) { // the innermost contract first
      if (instances.get(i) instanceof ProviderContract contract) {
        return contract.connection();
      }
    }
    throw new ParameterResolutionException(
        context.getRequiredTestClass().getName()
            + " is not nested in a ProviderContract, which says what provider it tests");
  }
}
