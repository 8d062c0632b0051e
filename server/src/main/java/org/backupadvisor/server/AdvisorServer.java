package org.backupadvisor.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * {@code advisor serve}: the CLI's analysis over HTTP (DESIGN.md §4 REST), analyses and verifications stored in a
 * database (an H2 file under {@code advisor.data-dir} by default, PostgreSQL by configuration). The service keeps no
 * state outside that database, so several instances can share one PostgreSQL behind a load balancer.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdvisorServer {
    public static void main(String[] args) {
        // Rules and plugins start loading now, on their own thread, while Spring builds the context (two cores);
        // not while the build's Spring AOT step (process-aot) runs main only to read the bean definitions.
        if (!Boolean.getBoolean("spring.aot.processing")) {
            ServerConfig.warmUpEarly();
        }
        SpringApplication.run(AdvisorServer.class, args);
    }
}
