package io.iotnetwork.generator.plan;

/**
 * A value computed at deployment time. ARM prints it as {@code "[...]"} text, Bicep as an
 * expression.
 */
public sealed interface Expr extends Value permits ParamRef, ResourceIdOf, PropertyOf, ScopeOf, Call, Member, NotListed {}
