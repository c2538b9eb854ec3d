package io.iotnetwork.model;

/**
 * How the names of the hubs' private endpoints resolve: private DNS zones the template creates,
 * zones that already exist, or DNS the user runs themselves.
 */
public sealed interface PrivateDnsSpec permits NewPrivateDnsZones, ExistingPrivateDnsZones, SelfManagedDns {}
