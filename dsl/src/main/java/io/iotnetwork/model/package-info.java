/**
 * Immutable records that describe an IoT Hub's private networking; built by the fluent DSL in
 * {@code io.iotnetwork.dsl} and read by the generator.
 *
 * <p>Nothing in a record is null: an absent value is {@code Optional.empty()} or an empty
 * collection. Compact constructors check shape only; rules that span resources are the
 * generator's validators, so that every problem is reported at once.
 */
package io.iotnetwork.model;
