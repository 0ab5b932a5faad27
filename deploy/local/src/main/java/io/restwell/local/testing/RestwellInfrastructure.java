package io.restwell.local.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restwell.local.DevTokens;
import io.restwell.local.infra.PlatformInfrastructure;

/**
 * Gives a Quarkus test the real infrastructure, the way Dev Services would but without containers:
 * a real PostgreSQL database of its own, the real Kafka broker, and the dev JWT key.
 *
 * <p>Arguments: {@code database} (the service's database name; omit for none) and {@code kafka}
 * ({@code false} for a service without Kafka).
 */
public class RestwellInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean kafka = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        kafka = Boolean.parseBoolean(initArgs.getOrDefault("kafka", "true"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey", DevTokens.publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        if (database == null && !kafka) {
            return config;
        }
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        if (database != null) {
            PlatformInfrastructure.Database db = infrastructure.database(database);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
        }
        if (kafka) {
            config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive one test application: PlatformInfrastructure stops them when the JVM exits.
    }
}
