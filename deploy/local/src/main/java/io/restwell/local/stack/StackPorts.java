package io.restwell.local.stack;

import io.restwell.local.infra.FreePorts;

/**
 * The ports of one local stack: PostgreSQL, Kafka, each service's public port and its management port
 * (health and metrics, {@code quarkus.management.port}), which the public port never serves.
 */
public record StackPorts(int postgres, int kafka, int kafkaController,
        int gateway, int booking, int journal, int recommendation,
        int gatewayManagement, int bookingManagement, int journalManagement, int recommendationManagement) {

    /**
     * docs/architecture.md's service ports and management ports (9080-9083, as each service's application.properties
     * sets them); PostgreSQL and Kafka on ports unlikely to clash with system-wide servers.
     */
    public static StackPorts standard() {
        return new StackPorts(15432, 19092, 19093, 8080, 8081, 8082, 8083, 9080, 9081, 9082, 9083);
    }

    /** Free random ports, for a stack that must not collide with a running one (the system tests). */
    public static StackPorts free() {
        return new StackPorts(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
    }

    int of(ServiceDefinition service) {
        if (service == ServiceDefinition.GATEWAY) {
            return gateway;
        }
        if (service == ServiceDefinition.BOOKING) {
            return booking;
        }
        if (service == ServiceDefinition.JOURNAL) {
            return journal;
        }
        return recommendation;
    }

    int managementOf(ServiceDefinition service) {
        if (service == ServiceDefinition.GATEWAY) {
            return gatewayManagement;
        }
        if (service == ServiceDefinition.BOOKING) {
            return bookingManagement;
        }
        if (service == ServiceDefinition.JOURNAL) {
            return journalManagement;
        }
        return recommendationManagement;
    }
}
