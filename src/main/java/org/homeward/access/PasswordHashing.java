package org.homeward.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as argon2id hashes (salt 16 bytes, hash 32 bytes, 19 MiB, 2 iterations),
 * and only a bounded number of them are computed at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingSlots slots) {
        // OWASP's minimum recommendation for argon2id: m=19 MiB, t=2, p=1.
        return new BoundedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), slots);
    }
}
