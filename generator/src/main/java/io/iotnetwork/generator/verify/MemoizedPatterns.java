package io.iotnetwork.generator.verify;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The schemas' {@code pattern}s as networknt's JDK regular expressions, each string matched once per
 * check: a template repeats its expressions (one per hub, in every shard), and matching a long
 * expression is most of what the schema check costs. The memo lives only for {@link #within}. The
 * template expression pattern, which every string is tried against, is matched by hand instead
 * ({@link TemplateExpressionPattern}).
 */
final class MemoizedPatterns implements RegularExpressionFactory {
  private final ThreadLocal<Map<RegularExpression, Map<String, Boolean>>> memo = new ThreadLocal<>();

  /** What {@code work} returns, every pattern matched at most once per string while it runs. */
  <T> T within(Supplier<T> work) {
    memo.set(new HashMap<>());
    try {
      return work.get();
    } finally {
      memo.remove();
    }
  }

  @Override
  public RegularExpression getRegularExpression(String regex) {
    if (regex.equals(TemplateExpressionPattern.REGEX)) {
      return TemplateExpressionPattern::matches;
    }
    RegularExpression pattern = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    return new RegularExpression() {
      @Override
      public boolean matches(String value) {
        Map<RegularExpression, Map<String, Boolean>> results = memo.get();
        if (results == null) {
          return pattern.matches(value);
        }
        return results.computeIfAbsent(this, key -> new HashMap<>()).computeIfAbsent(value, pattern::matches);
      }
    };
  }
}
