package cn.gongkai.events.application;

/** How an application arrived; it decides which day is the legal receipt date (Art. 31). */
public enum Channel {
    IN_PERSON,
    POST_SIGNED,
    POST_ORDINARY,
    ONLINE,
    FAX
}
