package io.iotnetwork.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.emit.arm.ArmWriter;
import io.iotnetwork.generator.plan.Plan;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.generator.validate.Diagnostic;
import org.junit.jupiter.api.Test;

/** The shipped schemas catch a broken document: the check is never a silent success. */
class ArmSchemaCheckTest {

  @Test
  void aGeneratedTemplatePasses() {
    Plan plan = Planner.plan(Scenarios.spec("isolated-hub"));

    assertThat(ArmSchemaCheck.standard().check(ArmWriter.template(plan), ArmWriter.parametersFile(plan))).isEmpty();
  }

  @Test
  void aWrongEnumValueAndAClassicIpFilterAreInternalErrors() {
    Plan plan = Planner.plan(Scenarios.spec("isolated-hub"));
    ObjectNode template = ArmWriter.template(plan);
    ObjectNode hubProperties = (ObjectNode) template.at("/resources/4/properties");
    hubProperties.put("publicNetworkAccess", "Open");
    hubProperties.putArray("ipFilterRules");

    assertThat(ArmSchemaCheck.standard().check(template, ArmWriter.parametersFile(plan)))
        .extracting(Diagnostic::ruleId, Diagnostic::path)
        .contains(
            tuple(ArmSchemaCheck.RULE_ID, "azuredeploy.json#/resources/4/properties/publicNetworkAccess"),
            tuple(ArmSchemaCheck.RULE_ID, "azuredeploy.json#/resources/4/properties"));
  }

  @Test
  void aResourceTypeWithoutShippedSchemaIsReported() {
    Plan plan = Planner.plan(Scenarios.spec("isolated-hub"));
    ObjectNode template = ArmWriter.template(plan);
    ((ObjectNode) template.at("/resources/0")).put("apiVersion", "2018-09-01");

    assertThat(ArmSchemaCheck.standard().check(template, ArmWriter.parametersFile(plan)))
        .extracting(Diagnostic::message)
        .anyMatch(message -> message.contains("no schema ships for Microsoft.Network/privateDnsZones@2018-09-01"));
  }

  @Test
  void aSecureParameterWithADefaultIsAnInternalError() {
    Plan plan = Planner.plan(Scenarios.spec("isolated-hub"));
    ObjectNode template = ArmWriter.template(plan);
    ((ObjectNode) template.at("/parameters/location")).put("type", "securestring");

    assertThat(ArmSchemaCheck.standard().check(template, ArmWriter.parametersFile(plan)))
        .extracting(Diagnostic::path).contains("azuredeploy.json#/parameters/location");
  }
}
