package io.iotnetwork.model;

/** Whether the template creates an egress target or references an existing one. */
public sealed interface TargetOrigin permits CreatedTarget, ExistingTarget {}
