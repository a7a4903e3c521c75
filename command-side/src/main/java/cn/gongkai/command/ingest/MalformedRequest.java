package cn.gongkai.command.ingest;

/** A request body that is not JSON, or not the JSON shape its content type promises. */
public class MalformedRequest extends RuntimeException {

    public MalformedRequest(String detail) {
        super(detail);
    }
}
