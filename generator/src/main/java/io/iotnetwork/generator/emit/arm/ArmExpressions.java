package io.iotnetwork.generator.emit.arm;

import io.iotnetwork.generator.plan.Call;
import io.iotnetwork.generator.plan.Expr;
import io.iotnetwork.generator.plan.Lit;
import io.iotnetwork.generator.plan.Member;
import io.iotnetwork.generator.plan.NotListed;
import io.iotnetwork.generator.plan.ParamRef;
import io.iotnetwork.generator.plan.PlannedModule;
import io.iotnetwork.generator.plan.PlannedResource;
import io.iotnetwork.generator.plan.PropertyOf;
import io.iotnetwork.generator.plan.ResourceIdOf;
import io.iotnetwork.generator.plan.ResourceType;
import io.iotnetwork.generator.plan.ScopeOf;
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
    } else if (expr instanceof ScopeOf scope) {
      return relativeId(scope.target());
    } else if (expr instanceof Call call) {
      return call.function() + "(" + call.arguments().stream().map(ArmExpressions::argument)
          .collect(Collectors.joining(", ")) + ")";
    } else if (expr instanceof Member member) {
      return print(member.target()) + "." + member.property();
    } else if (expr instanceof NotListed test) {
      return "not(contains(" + argument(test.list()) + ", " + argument(test.item()) + "))";
    }
    throw new IllegalStateException("bug: unknown expression " + expr);
  }

  /**
   * {@code resourceId('type', 'name', ...)} of a resource the template declares; for an existing
   * resource in another resource group, {@code resourceId('sub', 'rg', 'type', ...)}; for an
   * extension resource, {@code extensionResourceId(<scope id>, 'type', 'name')}.
   */
  static String resourceId(PlannedResource resource) {
    if (resource.extensionScope().isPresent()) {
      return "extensionResourceId(" + resourceId(resource.extensionScope().get()) + ", "
          + quote(resource.type().type()) + ", " + argument(resource.name()) + ")";
    }
    List<String> arguments = new ArrayList<>();
    resource.homeGroup().ifPresent(group -> group.arguments().forEach(argument -> arguments.add(quote(argument))));
    arguments.add(quote(resource.type().type()));
    resource.nameSegments().forEach(segment -> arguments.add(argument(segment)));
    return "resourceId(" + String.join(", ", arguments) + ")";
  }

  /** The id of a nested deployment, for {@code dependsOn}. */
  static String deploymentId(PlannedModule module) {
    List<String> arguments = new ArrayList<>();
    module.scope().ifPresent(group -> group.arguments().forEach(argument -> arguments.add(quote(argument))));
    arguments.add(quote(ResourceType.DEPLOYMENT.type()));
    arguments.add(argument(module.deploymentName()));
    return "resourceId(" + String.join(", ", arguments) + ")";
  }

  /**
   * An extension resource's {@code scope}: the relative id of the resource it applies to,
   * {@code format('Microsoft.Storage/storageAccounts/{0}/blobServices/{1}', 'st', 'default')}.
   */
  private static String relativeId(PlannedResource target) {
    if (target.homeGroup().isPresent()) {
      throw new IllegalStateException("bug: a scope in another resource group belongs in that group's module");
    }
    String[] typeSegments = target.type().type().split("/");
    StringBuilder pattern = new StringBuilder(typeSegments[0]);
    List<Value> names = target.nameSegments();
    for (int i = 1; i < typeSegments.length; i++) {
      pattern.append('/').append(typeSegments[i]).append("/{").append(i - 1).append('}');
    }
    List<String> arguments = new ArrayList<>();
    arguments.add(quote(pattern.toString()));
    names.forEach(name -> arguments.add(argument(name)));
    return "format(" + String.join(", ", arguments) + ")";
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
