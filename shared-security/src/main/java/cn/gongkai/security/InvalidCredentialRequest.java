package cn.gongkai.security;

/** A credential request that cannot be granted as asked: the field at fault and why. */
public class InvalidCredentialRequest extends RuntimeException {

    private final String field;

    public InvalidCredentialRequest(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
