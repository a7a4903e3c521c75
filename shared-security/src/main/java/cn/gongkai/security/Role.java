package cn.gongkai.security;

/** What a credential may do. A credential may hold several roles; each adds to the others. */
public enum Role {
    /** Writes the facts of the organs its credential names, and publishes and closes their years. */
    DEPARTMENT,
    /** Reads reports, dashboards and applications of the organs its credential names and of their subtrees. */
    VIEWER,
    /** Reads everything and runs the audit: provenance, export, replay and chain verification. */
    AUDITOR,
    /** Registers organs and sources, issues and revokes credentials; may act for any organ. */
    ADMIN
}
