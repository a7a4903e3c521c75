package cn.gongkai.security;

/**
 * Where the bootstrap token's printed link lands, relative to the service's address (for example a sample year's
 * dashboard); without such a bean it lands on the dashboard's front page.
 */
@FunctionalInterface
public interface LandingPage {

    /** A path starting with {@code /}, with its query if any. */
    String path();
}
