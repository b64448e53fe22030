package org.homeward.database;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock that lets one server of several on the same database run each scheduled job, the others
 * skipping that turn: a job method marked {@code @SchedulerLock} runs only where its row in
 * {@code job_lock} could be taken. Lock times are the database's, so that servers whose clocks drift apart
 * do not both believe a lock has run out.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLockConfiguration {

    @Bean
    LockProvider jobLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("job_lock")
                .usingDbTime()
                .build());
    }
}
