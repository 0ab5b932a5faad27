package io.restwell.local.stack;

import io.restwell.local.infra.FreePorts;

/** The ports of one local stack. */
public record StackPorts(int postgres, int kafka, int kafkaController,
        int gateway, int booking, int journal, int recommendation) {

    /** docs/architecture.md's service ports; PostgreSQL and Kafka on ports unlikely to clash with system-wide servers. */
    public static StackPorts standard() {
        return new StackPorts(15432, 19092, 19093, 8080, 8081, 8082, 8083);
    }

    /** Free random ports, for a stack that must not collide with a running one (the system tests). */
    public static StackPorts free() {
        return new StackPorts(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
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
}
