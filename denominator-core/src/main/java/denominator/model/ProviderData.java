package denominator.model;

import denominator.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks the provider data of a record set: field names and one-line values. */
final class ProviderData {
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final String EXPECTED =
      "a field name of letters, digits, '_', '.' or '-' and a one-line value";

  static Map<String, String> check(Map<String, String> fields) {
    fields.forEach(
        (key, value) -> {
          if (key == null || !KEY.matcher(key).matches()) {
            throw new ValidationException(
                "bad provider-data field name", String.valueOf(key), EXPECTED);
          }
          if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ValidationException(
                "bad provider-data value of " + key, String.valueOf(value), EXPECTED);
          }
        });
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  private ProviderData() {}
}
