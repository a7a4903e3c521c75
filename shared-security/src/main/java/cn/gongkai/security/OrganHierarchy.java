package cn.gongkai.security;

/** The organ tree, as far as access needs it: a viewer of an organ sees its subtree. */
public interface OrganHierarchy {

    /** Whether the organ is the ancestor itself or lies anywhere under it. */
    boolean isWithin(String organ, String ancestor);

    /** Without a directory at hand (a command side on its own), an organ is within only itself. */
    OrganHierarchy FLAT = String::equals;
}
