package cn.gongkai.local;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service as the README starts it, on a random port, with no sample year: the test class points it at a
 * PostgreSQL database of its own with {@code @DynamicPropertySource}. Each class's service is closed after it, with
 * a small connection pool, so a full run stays well within the server's connection limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GongkaiLocalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {GongkaiLocalApplication.CONFIG_NAMES, "gongkai.sample=none",
                "spring.datasource.hikari.maximum-pool-size=4"})
@DirtiesContext
@interface ServiceOnPostgres {
}
