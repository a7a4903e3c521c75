package cn.gongkai.query.organ;

/** A request named an organ that is not registered. */
public class UnknownOrgan extends RuntimeException {

    public UnknownOrgan(String organ) {
        super("organ " + organ + " is not registered");
    }
}
