package denominator.googledns;

import com.google.gson.JsonElement;
import denominator.model.rdata.ProviderRData;

/**
 * The targets Cloud DNS answers with for a routing item that names health-checked targets (internal
 * load balancers, external endpoints) instead of fixed rrdatas: read so that the item is listed,
 * never written. Prints as {@code healthCheckedTargets <JSON>}, e.g. {@code healthCheckedTargets
 * {"internalLoadBalancers":[{"ipAddress":"10.0.0.1", ...}]}}.
 *
 * @param type the rrset's type, which the targets answer
 * @param json the targets as Cloud DNS sent them, compact
 */
record GoogleDnsTargets(String type, String json) implements ProviderRData {

  static GoogleDnsTargets of(String type, JsonElement targets) {
    return new GoogleDnsTargets(type, targets.toString());
  }

  @Override
  public String provider() {
    return GoogleDnsProvider.NAME;
  }

  @Override
  public String toString() {
    return "healthCheckedTargets " + json;
  }
}
