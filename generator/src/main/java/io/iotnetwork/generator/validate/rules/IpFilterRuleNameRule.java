package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.IpRuleSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ip-filter-rule-name}: IP filter rule names are unique case-insensitively and have up to
 * 128 ASCII letters, digits and {@code - : . + % _ # * ? ! ( ) , = @ ; '} (azure-facts §2).
 */
public final class IpFilterRuleNameRule extends RuleSupport {
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9\\-:.+%_#*?!(),=@;']{1,128}$");

  public IpFilterRuleNameRule() {
    super("ip-filter-rule-name");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return spec.iotHubs().stream().flatMap(this::check);
  }

  private Stream<Diagnostic> check(IotHubSpec hub) {
    Stream.Builder<Diagnostic> found = Stream.builder();
    Set<String> seen = new HashSet<>();
    for (IpRuleSpec rule : hub.ipFilter().map(filter -> filter.rules()).orElse(List.of())) {
      String path = hub.path() + ".ipFilter.rules[" + rule.filterName() + "]";
      if (!NAME.matcher(rule.filterName()).matches()) {
        found.add(error(path, rule.source(),
            "Rule name '" + rule.filterName() + "' is not allowed; a name has 1-128 ASCII letters, digits and "
                + "- : . + % _ # * ? ! ( ) , = @ ; '",
            "Rename it in .allow(\"factory-nat\", ..)."));
      }
      if (!seen.add(rule.filterName().toLowerCase(Locale.ROOT))) {
        found.add(error(path, rule.source(),
            "Rule name '" + rule.filterName() + "' is used twice; names are unique, ignoring case.",
            "Give each .allow(name, range) its own name."));
      }
    }
    return found.build();
  }
}
