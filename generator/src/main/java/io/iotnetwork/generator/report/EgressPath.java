package io.iotnetwork.generator.report;

/**
 * One way a hub sends to a customer resource, as a reviewer checks it.
 *
 * @param setting        the hub setting: routing endpoint, file upload or import/export
 * @param targetKind     storage account, Event Hubs namespace or Service Bus namespace
 * @param target         the target's name
 * @param entity         the container, event hub, queue or topic
 * @param created        whether the template creates the target
 * @param identity       the identity used, or {@code key-based}
 * @param role           the built-in role granted, or {@code none (key-based)}
 * @param firewall       the target's firewall as the template leaves it
 * @param deploymentStep when the grant and the endpoint are deployed
 */
public record EgressPath(String setting, String targetKind, String target, String entity, boolean created,
    String identity, String role, String firewall, String deploymentStep) {}
