package io.iotnetwork.generator.adopt;

import com.azure.resourcemanager.iothub.models.DefaultAction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The IP filter, {@code networkRuleSets} ({@code defineIpFilter(..)}), and the classic
 * {@code ipFilterRules}, which stay unwritten: left out when every rule is an Accept rule that the
 * rule set repeats (as a GET shows it), unexpressed otherwise.
 */
final class IpFilterGroup implements PropertyGroup {
  @Override
  public void adopt(AdoptionContext context) {
    Set<String> allowed = new HashSet<>();
    context.object("properties", "networkRuleSets").ifPresent(rules -> {
      String defaultAction = AdoptionContext.takeText(rules, "defaultAction").orElse("Deny");
      context.hubCall("defineIpFilter", JavaCode.constant(DefaultAction.class, defaultAction));
      ArrayNode ipRules = rules.path("ipRules").isArray() ? (ArrayNode) rules.get("ipRules") : null;
      for (int i = 0; ipRules != null && i < ipRules.size(); i++) {
        ObjectNode rule = (ObjectNode) ipRules.get(i);
        String action = rule.path("action").asText("Allow");
        if (!action.equalsIgnoreCase("Allow") || !rule.has("filterName") || !rule.has("ipMask")) {
          continue;
        }
        rule.remove("action");
        String mask = AdoptionContext.takeText(rule, "ipMask").orElseThrow();
        allowed.add(mask.toLowerCase(Locale.ROOT));
        context.childCall("allow", JavaCode.string(AdoptionContext.takeText(rule, "filterName").orElseThrow()),
            JavaCode.string(mask));
      }
      if (AdoptionContext.take(rules, "applyToBuiltInEventHubEndpoint").map(JsonNode::asBoolean).orElse(false)) {
        context.childCall("applyToBuiltInEventHubEndpoint");
      }
      context.childCall("attach");
    });
    context.array("properties", "ipFilterRules").ifPresent(classic -> {
      boolean mirrored = true;
      for (JsonNode rule : classic) {
        mirrored &= rule.path("action").asText().equalsIgnoreCase("Accept")
            && allowed.contains(rule.path("ipMask").asText().toLowerCase(Locale.ROOT));
      }
      if (mirrored) {
        context.take("properties", "ipFilterRules");
        context.note(AdoptionNote.Kind.NOT_RESTATED, "$.properties.ipFilterRules", "the classic IP filter rules are"
            + " Accept rules that networkRuleSets repeats; the classic filter is being retired and stays unwritten");
      } else {
        context.take("properties", "ipFilterRules");
        context.note(AdoptionNote.Kind.UNEXPRESSED, "$.properties.ipFilterRules", "the hub relies on classic IP filter"
            + " rules (" + classic.size() + ", Reject rules or ones networkRuleSets does not repeat); the DSL writes"
            + " only networkRuleSets, whose rules allow. Restate them as .defineIpFilter(DefaultAction.DENY).allow(..)");
      }
    });
  }
}
