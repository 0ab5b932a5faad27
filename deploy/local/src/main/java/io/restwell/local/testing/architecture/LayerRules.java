package io.restwell.local.testing.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers every Restwell service keeps (docs/architecture.md, "Layers"), as ArchUnit rules that fail
 * the build when broken. A service's test names its root package:
 *
 * <pre>class LayersTest extends LayerRules { LayersTest() { super("io.restwell.journal"); } }</pre>
 */
public abstract class LayerRules {

    /** What domain classes may not know: every framework, and every other layer of the service. */
    private static final String[] FRAMEWORKS = { "jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..",
            "io.smallrye..", "org.eclipse.microprofile..", "io.vertx..", "com.fasterxml..", "io.micrometer..",
            "io.opentelemetry..", "org.apache.kafka..", "io.restwell.platform.." };

    private final String root;

    protected LayerRules(String root) {
        this.root = root;
    }

    @TestFactory
    Stream<DynamicTest> layersHold() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    List<ArchRule> rules() {
        String[] domainMayNotKnow = Stream.concat(Stream.of(FRAMEWORKS), Stream.of(root, root + ".rest..",
                root + ".service..", root + ".repository..", root + ".mapping..", root + ".messaging..", root + ".config..",
                root + ".client..", root + ".health..", root + ".metrics..")).toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAPackage(root + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(domainMayNotKnow)
                        .because("domain rules are plain Java, unit-tested on their own")
                        .allowEmptyShould(true),
                noClasses().that().resideInAnyPackage(root + ".service..", root + ".repository..", root + ".messaging..",
                        root + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".rest..", "jakarta.ws.rs..")
                        .because("HTTP ends in rest/: use cases take commands and domain values, and fail with the"
                                + " service's own exceptions, which rest/ or the platform map to problems")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(root + ".client..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".rest..")
                        .because("a REST client speaks the other service's API, not this service's")
                        .allowEmptyShould(true),
                methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".service..").and().arePublic()
                        .should().notHaveRawReturnType("io.quarkus.hibernate.orm.panache.PanacheQuery")
                        .because("a use case returns results (a list or a Page), not a query a caller could run differently")
                        .allowEmptyShould(true),
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        // mapping/ translates rest/'s records; everything else runs one way
                        .ignoreDependency(resideInAPackage(root + ".mapping.."), resideInAPackage(root + ".rest.."))
                        .as("the packages of " + root + " depend on each other in one direction only (mapping may read rest's records)")
                        .allowEmptyShould(true));
    }
}
