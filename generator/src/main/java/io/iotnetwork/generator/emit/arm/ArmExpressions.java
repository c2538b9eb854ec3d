package io.iotnetwork.generator.emit.arm;

import io.iotnetwork.generator.plan.Call;
import io.iotnetwork.generator.plan.Expr;
import io.iotnetwork.generator.plan.Lit;
import io.iotnetwork.generator.plan.Member;
import io.iotnetwork.generator.plan.ParamRef;
import io.iotnetwork.generator.plan.PlannedResource;
import io.iotnetwork.generator.plan.PropertyOf;
import io.iotnetwork.generator.plan.ResourceIdOf;
import io.iotnetwork.generator.plan.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Prints plan expressions in ARM template expression syntax (the text inside {@code "[...]"}). */
final class ArmExpressions {
  private ArmExpressions() {}

  /** {@code expr} as ARM expression text, without the surrounding brackets. */
  static String print(Expr expr) {
    if (expr instanceof ParamRef param) {
      return "parameters(" + quote(param.parameter().name()) + ")";
    } else if (expr instanceof ResourceIdOf id) {
      return resourceId(id.target());
    } else if (expr instanceof PropertyOf property) {
      PlannedResource target = property.target();
      return "reference(" + resourceId(target) + ", " + quote(target.type().apiVersion()) + ", 'full')"
          + property.path().stream().map(segment -> "." + segment).collect(Collectors.joining());
    } else if (expr instanceof Call call) {
      return call.function() + "(" + call.arguments().stream().map(ArmExpressions::argument)
          .collect(Collectors.joining(", ")) + ")";
    } else if (expr instanceof Member member) {
      return print(member.target()) + "." + member.property();
    }
    throw new IllegalStateException("bug: unknown expression " + expr);
  }

  /** {@code resourceId('type', 'name', ...)} of a resource the template declares. */
  static String resourceId(PlannedResource resource) {
    List<String> arguments = new ArrayList<>();
    arguments.add(quote(resource.type().type()));
    resource.nameSegments().forEach(segment -> arguments.add(argument(segment)));
    return "resourceId(" + String.join(", ", arguments) + ")";
  }

  /** A value as a function argument: a quoted string, a number, a boolean or an expression. */
  static String argument(Value value) {
    if (value instanceof Lit lit) {
      return lit.value() instanceof String text ? quote(text) : lit.value().toString();
    } else if (value instanceof Expr expr) {
      return print(expr);
    }
    throw new IllegalStateException("bug: objects and arrays are not expression arguments: " + value);
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
