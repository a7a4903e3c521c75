package cn.gongkai.query.organ;

/** An organ as the API lists it. */
public record Organ(String organ, String name, String parent) {
}
