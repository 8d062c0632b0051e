package org.backupadvisor.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.server.security.ApiKeyFilter;
import org.backupadvisor.server.security.ApiKeys;
import org.backupadvisor.server.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class ServerConfig {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConfig.class);

    /** The build's version, from a filtered resource ("dev" when run from an IDE). */
    static String version() {
        try (InputStream in = ServerConfig.class.getResourceAsStream("/advisor-server-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    private static volatile Warmup early;
    private static volatile Advisor earlyAdvisor;

    /** Called by main before Spring starts: the Advisor and its warm-up begin at once. */
    static synchronized void warmUpEarly() {
        if (earlyAdvisor == null) {
            earlyAdvisor = Advisor.fromClasspath(AdvisorServer.class.getClassLoader(), version());
            early = warmUp(earlyAdvisor);
        }
    }

    private static Warmup warmUp(Advisor advisor) {
        return new Warmup(CompletableFuture.runAsync(() -> {
            advisor.registry();
            // Every product's rule package instantiated and the KIE services started: a first request waits for
            // neither (it builds its products' network, ~0.1 s once).
            advisor.rules().catalog();
            advisor.rules().prepare(java.util.Set.of());
        }));
    }

    /** The one Advisor: compiled rules and plugins shared by every request, one KIE session per analysis. */
    @Bean
    Advisor advisor() {
        Advisor a = earlyAdvisor;
        return a != null ? a : Advisor.fromClasspath(AdvisorServer.class.getClassLoader(), version());
    }

    /**
     * Rules and plugins load in the background while the rest of the context starts (about a second on two
     * cores); health says OUT_OF_SERVICE until they have, so "UP" means an analysis runs at once.
     */
    @Bean
    Warmup warmup(Advisor advisor) {
        Warmup w = early;
        return w != null && advisor == earlyAdvisor ? w : warmUp(advisor);
    }

    record Warmup(CompletableFuture<Void> done) implements HealthIndicator {
        @Override
        public Health health() {
            if (!done.isDone()) {
                return Health.outOfService().withDetail("rules", "loading").build();
            }
            return done.isCompletedExceptionally() ? Health.down().build() : Health.up().build();
        }
    }

    @Bean
    ApiKeys apiKeys(AdvisorProperties properties) {
        ApiKeys keys = ApiKeys.parse(properties.security().apiKeys());
        if (keys.isEmpty()) {
            LOG.warn("no API keys configured (advisor.security.api-keys / ADVISOR_SECURITY_API_KEYS = name:key:scope,...):"
                    + " every request but health is answered 401");
        } else {
            LOG.info("{} API key(s) configured", keys.size());
        }
        return keys;
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeys keys) {
        FilterRegistrationBean<ApiKeyFilter> r = new FilterRegistrationBean<>(new ApiKeyFilter(keys));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        r.addUrlPatterns("/*");
        return r;
    }

    /** Non-multipart bodies bounded like uploads (spring.servlet.multipart.max-request-size), after the key check. */
    @Bean
    FilterRegistrationBean<org.backupadvisor.server.security.BodyLimitFilter> bodyLimitFilter(
            org.springframework.core.env.Environment env) {
        org.springframework.util.unit.DataSize max = org.springframework.util.unit.DataSize.parse(
                env.getProperty("spring.servlet.multipart.max-request-size", "128MB"));
        FilterRegistrationBean<org.backupadvisor.server.security.BodyLimitFilter> r =
                new FilterRegistrationBean<>(new org.backupadvisor.server.security.BodyLimitFilter(max.toBytes()));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        r.addUrlPatterns("/*");
        return r;
    }

    /** Tomcat's own error pages (requests refused before Spring MVC) as problem+json. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
            problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(org.backupadvisor.server.api.ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Analyses and verifications are written in one transaction each (application.properties: why not Boot's). */
    @Bean
    org.springframework.transaction.support.TransactionTemplate transactionTemplate(
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @Bean
    AnalysisSlots analysisSlots(AdvisorProperties properties) {
        return new AnalysisSlots(properties.analysis());
    }

    @Bean
    static DataDirectory dataDirectory(org.springframework.beans.factory.ObjectProvider<AdvisorProperties> properties) {
        return new DataDirectory(properties);
    }
}
