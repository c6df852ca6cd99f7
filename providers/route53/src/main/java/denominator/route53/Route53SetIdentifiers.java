package denominator.route53;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Keeps SetIdentifiers verbatim through the SDK. The SDK's own {@code Route53IdInterceptor}, which
 * the client builder always adds, cuts every SetIdentifier it reads at its last {@code /} (so
 * {@code prod/blue} would read as {@code blue}), and it runs after any interceptor of ours. So this
 * one rewrites the listing's XML before the SDK parses it, escaping {@code %} as {@code %25} and
 * {@code /} as {@code %2F} inside {@code <SetIdentifier>}; the SDK then finds no {@code /}, and
 * {@link #decode(ListResourceRecordSetsResponse)} undoes the escapes.
 */
final class Route53SetIdentifiers implements ExecutionInterceptor {
  private static final Pattern SET_IDENTIFIER =
      Pattern.compile("<SetIdentifier>([^<]*)</SetIdentifier>");

  @Override
  public Optional<InputStream> modifyHttpResponseContent(
      Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    Optional<InputStream> body = context.responseBody();
    if (!(context.request() instanceof ListResourceRecordSetsRequest) || body.isEmpty()) {
      return body;
    }
    try (InputStream in = body.get()) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Optional.of(new ByteArrayInputStream(escape(xml).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The XML with {@code %} and {@code /} escaped inside each {@code <SetIdentifier>}. */
  static String escape(String xml) {
    Matcher m = SET_IDENTIFIER.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String id = m.group(1).replace("%", "%25").replace("/", "%2F");
      m.appendReplacement(
          out, Matcher.quoteReplacement("<SetIdentifier>" + id + "</SetIdentifier>"));
    }
    return m.appendTail(out).toString();
  }

  /** The listing with every SetIdentifier as Route53 holds it, its escapes undone. */
  static ListResourceRecordSetsResponse decode(ListResourceRecordSetsResponse page) {
    return page.toBuilder()
        .resourceRecordSets(
            page.resourceRecordSets().stream().map(Route53SetIdentifiers::decode).toList())
        .build();
  }

  private static ResourceRecordSet decode(ResourceRecordSet set) {
    return set.setIdentifier() == null
        ? set
        : set.toBuilder()
            .setIdentifier(set.setIdentifier().replace("%2F", "/").replace("%25", "%"))
            .build();
  }
}
