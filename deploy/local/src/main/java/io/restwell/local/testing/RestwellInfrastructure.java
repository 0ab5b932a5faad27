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
 * <p>Arguments: {@code database} (the service's database name; omit for none) and {@code kafka}:
 * {@code true} (the JVM's shared broker, the default), {@code false} (none), or {@code own} (a broker
 * of this test application alone, for tests that stop and restart it: its pid, ports and folder are
 * given as {@code restwell.test.kafka.*} properties, see {@link OwnKafkaBroker}).
 */
public class RestwellInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database;
    private String kafka = "true";
    private OwnKafkaBroker ownBroker;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        kafka = initArgs.getOrDefault("kafka", "true");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey", DevTokens.publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        if (database == null && "false".equals(kafka)) {
            return config;
        }
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        if (database != null) {
            PlatformInfrastructure.Database db = infrastructure.database(database);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
            config.put("quarkus.datasource.username", db.username());
            config.put("quarkus.datasource.password", db.password());
        }
        if ("own".equals(kafka)) {
            ownBroker = OwnKafkaBroker.start();
            config.putAll(ownBroker.config());
        } else if (Boolean.parseBoolean(kafka)) {
            config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        }
        return config;
    }

    @Override
    public void stop() {
        // The shared servers outlive one test application: PlatformInfrastructure stops them when the JVM exits.
        if (ownBroker != null) {
            ownBroker.close();
        }
    }
}
