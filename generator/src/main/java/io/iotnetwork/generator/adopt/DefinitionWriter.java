package io.iotnetwork.generator.adopt;

import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.generator.emit.Templates;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints an {@link AdoptedDefinition} as the Java source of a {@link NetworkDefinition}: the skeleton
 * from {@code templates/definition.java.mustache}, the body printed here. Deterministic: the same
 * definition gives the same bytes (imports sorted, LF, a final newline).
 */
public final class DefinitionWriter {
  private static final Templates TEMPLATES = Templates.verbatim();
  private static final Pattern TYPE = Pattern.compile(JavaCode.TYPE_START + "([^" + JavaCode.TYPE_END + "]+)" + JavaCode.TYPE_END);
  private static final String INDENT = "    ";

  private DefinitionWriter() {}

  /**
   * The source of class {@code className} in {@code packageName}; properties the DSL cannot state
   * become comments (the caller decides whether that is allowed).
   */
  public static String write(AdoptedDefinition definition, String packageName, String className) {
    List<String> body = new ArrayList<>();
    for (TargetDeclaration target : definition.targets()) {
      target.comments().forEach(comment -> body.add(INDENT + "// " + comment));
      body.add(INDENT + JavaCode.type(target.type()) + " " + target.variable() + " = " + target.start().text());
      target.calls().forEach(call -> body.add(INDENT.repeat(3) + call.text()));
      body.set(body.size() - 1, body.get(body.size() - 1) + ";");
    }
    if (!definition.targets().isEmpty()) {
      body.add("");
    }
    for (AdoptionNote note : definition.notes(AdoptionNote.Kind.UNEXPRESSED)) {
      body.add(INDENT + "// Left out, the DSL cannot state it: " + note.jsonPath() + ": " + oneLine(note.message()));
    }
    body.add(INDENT + "return " + JavaCode.type(IotNetwork.class) + ".define(" + JavaCode.string(definition.hubName()).text() + ")");
    body.add(INDENT + INDENT + ".inRegion(" + definition.networkRegion().text() + ")");
    body.add(INDENT + INDENT + ".withIotHub(" + JavaCode.type(IotHub.class) + ".define("
        + JavaCode.string(definition.hubName()).text() + ")");
    for (DslCall call : definition.hubCalls()) {
      body.add(INDENT.repeat(3 + call.depth()) + call.text());
    }
    body.add(INDENT.repeat(3) + ".build())");
    definition.networkCalls().forEach(call -> body.add(INDENT + INDENT + call.text()));
    body.add(INDENT + INDENT + ".build();");

    Map<String, String> printed = names(body, className);
    Map<String, Object> scope = new HashMap<>();
    scope.put("packageName", packageName);
    scope.put("className", className);
    scope.put("sourceFile", oneLine(definition.sourceFile()));
    scope.put("hubName", definition.hubName());
    scope.put("networkDefinition", printed.get(NetworkDefinition.class.getName()));
    scope.put("networkSpec", printed.get(IotNetworkSpec.class.getName()));
    scope.put("imports", imports(printed));
    scope.put("body", body.stream().map(line -> resolve(line, printed)).toList());
    return TEMPLATES.render("definition.java.mustache", scope).replace("\r\n", "\n");
  }

  /**
   * How each type is printed: its simple name when no other type, nor the class written, has it; else
   * fully qualified.
   */
  private static Map<String, String> names(List<String> body, String className) {
    TreeSet<String> types = new TreeSet<>(List.of(NetworkDefinition.class.getName(), IotNetworkSpec.class.getName()));
    body.forEach(line -> {
      Matcher matcher = TYPE.matcher(line);
      while (matcher.find()) {
        types.add(matcher.group(1));
      }
    });
    Map<String, String> bySimpleName = new HashMap<>();
    Map<String, String> printed = new HashMap<>();
    for (String type : types) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      boolean clash = bySimpleName.containsKey(simple) || simple.equals(className) || simple.equals("Override");
      printed.put(type, clash ? type : simple);
      bySimpleName.putIfAbsent(simple, type);
    }
    return printed;
  }

  private static List<String> imports(Map<String, String> printed) {
    return printed.entrySet().stream().filter(entry -> !entry.getKey().equals(entry.getValue()))
        .map(Map.Entry::getKey).sorted().toList();
  }

  private static String resolve(String line, Map<String, String> printed) {
    Matcher matcher = TYPE.matcher(line);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(printed.get(matcher.group(1))));
    }
    return matcher.appendTail(out).toString();
  }

  /** Text for a comment: one line, no comment terminator. */
  private static String oneLine(String text) {
    // a backslash-u would be read as a unicode escape even inside a comment
    return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replace("*/", "* /").replace("\\u", "\\ u");
  }
}
