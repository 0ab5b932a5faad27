/**
 * Declarations of six of the annotations that Strimzi's CRD generator reads from the classes of
 * {@code io.strimzi:api} to write the CRDs' OpenAPI schemas ({@code @Minimum(1)} on a topic's
 * partitions, {@code @Pattern} on quantities, {@code @PresentInVersions("v1beta2")} on fields that
 * API version {@code v1} dropped, ...).
 *
 * <p>The api jar keeps these annotations (runtime retention) but Strimzi does not publish the
 * crd-generator artifact that declares them, so reflection would silently drop them. Declaring them
 * here, with the same names and element types as in the api jar's class files, lets
 * {@code io.restwell.kubernetes.checks.StrimziModel} check the same constraints the Strimzi CRDs
 * enforce. Nothing else uses them.
 */
package io.strimzi.crdgenerator.annotations;
