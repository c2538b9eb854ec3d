package io.iotnetwork.generator.emit.bicep;

import io.iotnetwork.generator.plan.Output;
import io.iotnetwork.generator.plan.Parameter;
import io.iotnetwork.generator.plan.ParameterType;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as Bicep: {@code main.bicep} and {@code main.bicepparam}. The mustache templates
 * hold the files' skeleton; values are printed by {@link BicepValues}. Bicep infers
 * {@code dependsOn} from symbolic references, so only explicit ordering is written.
 */
public final class BicepWriter {
  private static final Templates TEMPLATES = new Templates();

  private BicepWriter() {}

  /** The text of {@code main.bicep}. */
  public static String mainBicep(Plan plan) {
    return TEMPLATES.render("main.bicep.mustache", new MainScope(plan.networkId(),
        plan.parameters().stream().map(BicepWriter::parameter).toList(),
        plan.resources().stream().map(BicepWriter::resource).toList(),
        plan.outputs().stream().map(BicepWriter::output).toList()));
  }

  /** The text of {@code main.bicepparam}: every parameter with its default, to edit per environment. */
  public static String mainBicepparam(Plan plan) {
    List<ParamValue> values = plan.parameters().stream()
        .filter(parameter -> parameter.defaultValue().isPresent())
        .map(parameter -> new ParamValue(parameter.name(), BicepValues.print(parameter.defaultValue().get(), 0)))
        .toList();
    return TEMPLATES.render("main.bicepparam.mustache", new ParamsScope("main.bicep", values));
  }

  private static ParamScope parameter(Parameter parameter) {
    List<String> decorators = new ArrayList<>();
    if (parameter.type() == ParameterType.SECURE_STRING) {
      decorators.add("@secure()");
    }
    decorators.add("@description(" + BicepValues.quote(parameter.description()) + ")");
    parameter.minLength().ifPresent(min -> decorators.add("@minLength(" + min + ")"));
    parameter.maxLength().ifPresent(max -> decorators.add("@maxLength(" + max + ")"));
    String defaultValue = parameter.defaultValue().map(value -> " = " + BicepValues.print(value, 0)).orElse("");
    return new ParamScope(decorators, parameter.name(), parameter.type().bicepName(), defaultValue);
  }

  private static ResourceScope resource(PlannedResource resource) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("name", BicepValues.print(resource.name(), 1));
    resource.parent().ifPresent(parent -> properties.put("parent", parent.symbolicName()));
    resource.body().entries().forEach((key, value) -> properties.put(key, BicepValues.print(value, 1)));
    if (!resource.explicitDependsOn().isEmpty()) {
      properties.put("dependsOn", BicepValues.printedArray(
          resource.explicitDependsOn().stream().map(PlannedResource::symbolicName).toList(), 1));
    }
    return new ResourceScope(resource.symbolicName(), resource.type().type(), resource.type().apiVersion(),
        BicepValues.printedObject(properties, 0));
  }

  private static OutputScope output(Output output) {
    return new OutputScope("@description(" + BicepValues.quote(output.description()) + ")", output.name(),
        output.type().bicepName(), BicepValues.print(output.value(), 0));
  }

  record MainScope(String networkId, List<ParamScope> parameters, List<ResourceScope> resources,
      List<OutputScope> outputs) {}

  record ParamScope(List<String> decorators, String name, String type, String defaultValue) {}

  record ResourceScope(String symbolicName, String type, String apiVersion, String body) {}

  record OutputScope(String decorator, String name, String type, String value) {}

  record ParamsScope(String templateFile, List<ParamValue> values) {}

  record ParamValue(String name, String value) {}
}
