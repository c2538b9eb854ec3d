package io.iotnetwork.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.random.RandomDefinitions;
import io.iotnetwork.generator.validate.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link ArmSchemaCheck} reports exactly what {@link ReferenceSchemaCheck} reports (path and
 * message, in order), on random valid definitions and on hand-made mutations of their templates: a wrong
 * value (enum, const, pattern), a missing property, a wrong type, an unknown property, each at every
 * place of the first resource of each type. More definitions: {@code -Dschema.equivalence.count=n}.
 */
class FastSchemaCheckEquivalenceTest {
  private static final int COUNT = Integer.getInteger("schema.equivalence.count", 40);
  private static final long BASE = 20_261_207L;

  @Test
  void theFastCheckRejectsExactlyWhatTheReferenceRejects() {
    int mutations = 0;
    int rejected = 0;
    List<String> disagreements = new ArrayList<>();
    for (long seed = BASE; seed < BASE + COUNT; seed++) {
      Plan plan = Planner.plan(RandomDefinitions.valid(seed));
      ObjectNode template = ArmWriter.template(plan);
      JsonNode parameters = ArmWriter.parametersFile(plan);
      compare(template, parameters, "seed " + seed, disagreements);
      for (Consumer<ObjectNode> mutation : mutations(template)) {
        ObjectNode mutated = template.deepCopy();
        mutation.accept(mutated);
        mutations++;
        rejected += compare(mutated, parameters, "seed " + seed + " mutation " + mutations, disagreements) ? 1 : 0;
      }
    }
    System.out.printf("schema check equivalence: %d definitions, %d mutations (%d rejected), %d disagreements%n",
        COUNT, mutations, rejected, disagreements.size());
    assertThat(disagreements).isEmpty();
    assertThat(rejected).as("mutations the checks reject").isGreaterThan(mutations / 2);
  }

  private static boolean compare(JsonNode template, JsonNode parameters, String what, List<String> disagreements) {
    List<String> reference = found(ReferenceSchemaCheck.STANDARD.check(template, parameters));
    List<String> fast = found(ArmSchemaCheck.standard().check(template, parameters));
    if (!reference.equals(fast)) {
      disagreements.add(what + ": reference " + reference + ", fast " + fast);
    }
    return !reference.isEmpty();
  }

  private static List<String> found(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.ruleId() + " " + d.path() + " " + d.message()).toList();
  }

  /** Each mutation at each place of the first resource of each type (top level and nested templates). */
  private static List<Consumer<ObjectNode>> mutations(ObjectNode template) {
    List<Consumer<ObjectNode>> mutations = new ArrayList<>();
    Set<String> types = new HashSet<>();
    collect(template, "", types, mutations);
    return mutations;
  }

  private static void collect(JsonNode template, String at, Set<String> types, List<Consumer<ObjectNode>> mutations) {
    JsonNode resources = template.path("resources");
    for (int i = 0; i < resources.size(); i++) {
      String resourceAt = at + "/resources/" + i;
      JsonNode resource = resources.get(i);
      if (types.add(resource.path("type").asText())) {
        places(resource, resourceAt, mutations);
      }
      if (resource.path("properties").path("template").isObject()) {
        collect(resource.path("properties").path("template"), resourceAt + "/properties/template", types, mutations);
      }
    }
  }

  private static void places(JsonNode node, String at, List<Consumer<ObjectNode>> mutations) {
    if (node.isObject()) {
      mutations.add(root -> ((ObjectNode) root.at(at)).put("unexpectedProperty", "x"));
      node.fieldNames().forEachRemaining(name -> {
        String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
        mutations.add(root -> ((ObjectNode) root.at(at)).remove(name));
        if (!node.get(name).isContainerNode()) {
          mutations.add(root -> ((ObjectNode) root.at(at)).set(name, IntNode.valueOf(42)));
          mutations.add(root -> ((ObjectNode) root.at(at)).set(name, TextNode.valueOf("NotAnAllowedValue")));
        }
        if (!name.equals("template")) {
          places(node.get(name), child, mutations);
        }
      });
    } else if (node.isArray() && node.size() > 0) {
      places(node.get(0), at + "/0", mutations);
    }
  }
}
