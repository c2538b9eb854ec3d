package io.iotnetwork.generator.adopt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account or namespace, and the entity, an endpoint names: from its {@code endpointUri}
 * ({@code sb://<namespace>.servicebus.windows.net}, {@code https://<account>.blob.<suffix>/}, or our
 * own templates' {@code [format('https://{0}.blob.{1}/', '<account>', environment().suffixes.storage)]})
 * or from the parts of its connection string that are not keys ({@code Endpoint=sb://..},
 * {@code AccountName=..}, {@code EntityPath=..}).
 */
final class TargetNames {
  private static final Pattern URI_HOST = Pattern.compile("(?i)^(?:sb|https?)://([^./:]+)\\.");
  private static final Pattern OWN_BLOB_FORMAT = Pattern.compile("^\\[format\\('https://\\{0\\}\\.blob\\.\\{1\\}/', '([^']+)',");
  private static final Pattern ENDPOINT = Pattern.compile("(?i)(?:^|;)\\s*Endpoint\\s*=\\s*(?:sb|https?)://([^./:;]+)\\.");
  private static final Pattern ACCOUNT = Pattern.compile("(?i)(?:^|;)\\s*AccountName\\s*=\\s*([^;]+)");
  private static final Pattern ENTITY = Pattern.compile("(?i)(?:^|;)\\s*EntityPath\\s*=\\s*([^;]+)");

  private TargetNames() {}

  /** The account or namespace named by an endpoint URI or a connection string without keys. */
  static Optional<String> target(Optional<String> endpointUri, Optional<String> connectionWithoutKeys) {
    return endpointUri.flatMap(uri -> first(uri, URI_HOST).or(() -> first(uri, OWN_BLOB_FORMAT)))
        .or(() -> connectionWithoutKeys.flatMap(text -> first(text, ENDPOINT).or(() -> first(text, ACCOUNT))))
        .or(() -> connectionWithoutKeys.flatMap(text -> first(text, URI_HOST).or(() -> first(text, OWN_BLOB_FORMAT))));
  }

  /** The entity path of a connection string without keys. */
  static Optional<String> entity(Optional<String> connectionWithoutKeys) {
    return connectionWithoutKeys.flatMap(text -> first(text, ENTITY)).map(String::strip);
  }

  private static Optional<String> first(String text, Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }
}
