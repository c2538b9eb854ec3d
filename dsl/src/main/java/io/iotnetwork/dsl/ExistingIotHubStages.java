package io.iotnetwork.dsl;

import com.azure.core.management.Region;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.IdentityKind;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.StorageAccountSpec;

/**
 * The stages of {@link IotHub#existing(String)}: only what the template can add around a hub it never
 * deploys. Settings of the hub itself (public access, IP filter, TLS, local auth, SKU, identity, routing,
 * file upload, tags) need the hub's own PUT, which replaces the whole resource, so they are not offered.
 */
public interface ExistingIotHubStages {

  /** What an existing hub can be given, then {@link #build()}. */
  interface Options {
    /**
     * Says which region the hub is in; writes nothing. Its private endpoints default to it. Default: the
     * network's region.
     */
    Options inRegion(Region region);

    /** Starts a private endpoint for the hub (target sub-resource {@code iotHub}). */
    IotHubStages.PrivateEndpointBlank<Options> definePrivateEndpoint(String name);

    /**
     * Declares that the hub has a system-assigned identity already; access grants use its principal id,
     * read at deployment ({@code reference(<hub id>, '2023-06-30', 'full').identity.principalId}).
     */
    Options withExistingSystemAssignedIdentity();

    /** Declares the user-assigned identity already assigned to the hub, which access grants can use. */
    Options withExistingUserAssignedIdentity(ExistingUserAssignedIdentity identity);

    /**
     * Starts an access grant: the narrowest built-in data role for the hub's identity on one entity, and the
     * target's firewall with the trusted-services exception, ready for an identity-based endpoint that the
     * hub's owner adds later.
     */
    AccessBlank grantAccess();

    /** The finished reference. */
    IotHubSpec build();
  }

  /** First stage of an access grant: which entity. */
  interface AccessBlank {
    /** A blob container: Storage Blob Data Contributor on it. */
    AccessOptions toStorageContainer(StorageAccountSpec storage, String container);

    /** An event hub: Azure Event Hubs Data Sender on it. */
    AccessOptions toEventHub(EventHubsNamespaceSpec namespace, String eventHub);

    /** A Service Bus queue: Azure Service Bus Data Sender on it. */
    AccessOptions toServiceBusQueue(ServiceBusNamespaceSpec namespace, String queue);

    /** A Service Bus topic: Azure Service Bus Data Sender on it. */
    AccessOptions toServiceBusTopic(ServiceBusNamespaceSpec namespace, String topic);
  }

  /** Options of an access grant, then {@link #attach()}. */
  interface AccessOptions {
    /**
     * Grants the given identity. Default: the system-assigned identity when declared, else the
     * user-assigned one.
     */
    AccessOptions withIdentity(IdentityKind identity);

    /** Back to the hub. */
    Options attach();
  }
}
