package org.backupadvisor.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.server.AdvisorProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * The default database: when no {@code spring.datasource.url} is configured, an H2 file database
 * {@code <advisor.data-dir>/advisor} (the directory made absolute and created), so {@code ./advisor serve} needs
 * nothing installed and keeps its analyses across restarts.
 */
public final class DataDirectory implements BeanPostProcessor {
    private final org.springframework.beans.factory.ObjectProvider<AdvisorProperties> properties;

    public DataDirectory(org.springframework.beans.factory.ObjectProvider<AdvisorProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties ds && (ds.getUrl() == null || ds.getUrl().isBlank())) {
            Path dir = Path.of(properties.getObject().dataDir()).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("advisor.data-dir " + dir + " cannot be created", e);
            }
            ds.setUrl("jdbc:h2:file:" + dir.resolve("advisor") + ";DB_CLOSE_ON_EXIT=FALSE");
            if (ds.getUsername() == null) {
                ds.setUsername("sa");
            }
        }
        return bean;
    }
}
